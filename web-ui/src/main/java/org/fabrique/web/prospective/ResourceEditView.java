package org.fabrique.web.prospective;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.application.InputService;
import org.fabrique.prospective.application.InputService.InputView;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.RowEdit;

/**
 * The pôle changes a resource from its row of the workshop's resources: it corrects what was recorded, the issues it
 * informs included, or deletes a resource recorded by mistake after confirming. Which rows offer which is the
 * service's ({@code mayCorrect}, {@code mayDelete}).
 */
@Named
@ViewScoped
public class ResourceEditView extends RowEdit<InputView> {

    private static final long serialVersionUID = 1L;

    @Inject
    InputService resources;

    @Inject
    WorkshopIssuesView workshop;

    @Inject
    Messages messages;

    private ResourceFields fields = new ResourceFields();

    @Override
    protected long idOf(InputView record) {
        return record.id();
    }

    @Override
    protected void fill(InputView resource) {
        fields = ResourceFields.of(resource);
    }

    /** "Supprimer la ressource « … » ?", in the caller's language. */
    public String getDeletionQuestion() {
        InputView opened = opened();
        return opened == null ? "" : messages.text("prospective.resource.deleteConfirm", opened.title());
    }

    /** Saves the correction on the version opened; a refusal shows beside the button. */
    public void save(ActionEvent event) {
        InputView opened = opened();
        String beside = event.getComponent().getClientId();
        long workshopId = workshop.workshopId();
        try {
            InputView saved = resources.revise(workshopId, opened.id(), opened.version(), fields.toNew());
            messages.info("prospective.resource.corrected", saved.title());
            cancel();
        } catch (InvalidInput e) {
            messages.refusedBeside(e.messageKey(), beside);
        } catch (RecordNotFound e) {
            messages.error("record.deletedMeanwhile");
            cancel();
        } catch (StateConflict e) {
            reread(messages.conflictBeside(beside, e, opened, Messages.rereadFrom(
                    () -> resources.resources(workshopId), InputView::id, opened.id())));
        }
        workshop.reload();
    }

    /** Deletes the resource asked about; one deleted meanwhile is gone all the same. */
    public void delete() {
        InputView opened = opened();
        try {
            resources.delete(workshop.workshopId(), opened.id());
            messages.info("prospective.resource.deleted", opened.title());
        } catch (RecordNotFound e) {
            messages.info("record.deletedMeanwhile");
        }
        cancel();
        workshop.reload();
    }

    /** The correction's fields, for resource-fields.xhtml. */
    public ResourceFields getFields() {
        return fields;
    }
}
