package org.fabrique.web.evaluation;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.evaluation.application.IndicatorService;
import org.fabrique.evaluation.application.Views.IndicatorView;
import org.fabrique.web.faces.Messages;

/**
 * The pôle changes an indicator from its place on evaluation/indicators.xhtml: it corrects what was defined, or
 * deletes one defined by mistake after confirming. Which indicators offer which is the service's
 * ({@code mayCorrect}, {@code mayDelete}: while no value is measured).
 */
@Named
@ViewScoped
public class IndicatorEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    private enum Mode { CORRECTING, DELETING }

    @Inject
    IndicatorService indicators;

    @Inject
    EvaluationIndicatorsView page;

    @Inject
    Messages messages;

    private IndicatorView opened;
    private Mode mode;
    private IndicatorFields fields = new IndicatorFields();

    public void open(IndicatorView indicator) {
        opened = indicator;
        mode = Mode.CORRECTING;
        fields = IndicatorFields.of(indicator);
    }

    public void askDelete(IndicatorView indicator) {
        opened = indicator;
        mode = Mode.DELETING;
    }

    public void cancel() {
        opened = null;
        mode = null;
    }

    public boolean isOpen(IndicatorView indicator) {
        return opened != null && opened.id() == indicator.id();
    }

    public boolean isCorrecting(IndicatorView indicator) {
        return isOpen(indicator) && mode == Mode.CORRECTING;
    }

    public boolean isDeleting(IndicatorView indicator) {
        return isOpen(indicator) && mode == Mode.DELETING;
    }

    /** "Supprimer l'indicateur « … » ?", in the caller's language. */
    public String getDeletionQuestion() {
        return opened == null ? "" : messages.text("evaluation.indicator.deleteConfirm", opened.name());
    }

    /** Saves the correction on the version opened; a refusal shows beside the button. */
    public void save(ActionEvent event) {
        String beside = event.getComponent().getClientId();
        try {
            IndicatorView saved = indicators.revise(opened.id(), opened.version(), fields.toNew());
            messages.info("evaluation.indicator.corrected", saved.name());
            cancel();
        } catch (InvalidInput e) {
            messages.refusedBeside(e.messageKey(), beside);
        } catch (RecordNotFound e) {
            messages.error("record.deletedMeanwhile");
            cancel();
        } catch (StateConflict e) {
            opened = messages.conflictBeside(beside, e, opened, Messages.rereadFrom(
                    () -> indicators.indicators(opened.evaluationId()), IndicatorView::id, opened.id()));
        }
        page.reload();
    }

    /** Deletes the indicator asked about; a refusal (a value measured meanwhile) shows beside the button. */
    public void delete(ActionEvent event) {
        try {
            indicators.delete(opened.id());
            messages.info("evaluation.indicator.deleted", opened.name());
            cancel();
        } catch (RecordNotFound e) {
            messages.info("record.deletedMeanwhile");
            cancel();
        } catch (StateConflict e) {
            messages.refusedBeside(e.messageKey(), event.getComponent().getClientId());
        }
        page.reload();
    }

    /** The correction's fields, for indicator-fields.xhtml. */
    public IndicatorFields getFields() {
        return fields;
    }
}
