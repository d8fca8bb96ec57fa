package org.fabrique.web.evaluation;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.evaluation.application.IndicatorService;
import org.fabrique.evaluation.application.IndicatorView;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.RowEdit;

/**
 * The pôle changes an indicator from its place on evaluation/indicators.xhtml: it corrects what was defined, or
 * deletes one defined by mistake after confirming. Which indicators offer which is the service's
 * ({@code mayCorrect}, {@code mayDelete}: while no value is measured).
 */
@Named
@ViewScoped
public class IndicatorEditView extends RowEdit<IndicatorView> {

    private static final long serialVersionUID = 1L;

    @Inject
    IndicatorService indicators;

    @Inject
    EvaluationIndicatorsView page;

    @Inject
    Messages messages;

    private IndicatorFields fields = new IndicatorFields();

    @Override
    protected long idOf(IndicatorView record) {
        return record.id();
    }

    @Override
    protected void fill(IndicatorView indicator) {
        fields = IndicatorFields.of(indicator);
    }

    /** "Supprimer l'indicateur « … » ?", in the caller's language. */
    public String getDeletionQuestion() {
        IndicatorView opened = opened();
        return opened == null ? "" : messages.text("evaluation.indicator.deleteConfirm", opened.name());
    }

    /** Saves the correction on the version opened; a refusal shows beside the button. */
    public void save(ActionEvent event) {
        IndicatorView opened = opened();
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
            reread(messages.conflictBeside(beside, e, opened, Messages.rereadFrom(
                    () -> indicators.indicators(opened.evaluationId()), IndicatorView::id, opened.id())));
        }
        page.reload();
    }

    /** Deletes the indicator asked about; a refusal (a value measured meanwhile) shows beside the button. */
    public void delete(ActionEvent event) {
        IndicatorView opened = opened();
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
