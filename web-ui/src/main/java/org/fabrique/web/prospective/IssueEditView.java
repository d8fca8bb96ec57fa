package org.fabrique.web.prospective;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.application.RecordNotFound;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.application.IssueService;
import org.fabrique.prospective.application.IssueService.IssueView;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.RowEdit;

/**
 * The pôle changes an issue from its place in the workshop's list: it corrects what was recorded, or deletes an issue
 * recorded by mistake after confirming. Which issues offer which is the service's ({@code mayCorrect},
 * {@code mayDelete}: one out of the ranking that no resource informs).
 */
@Named
@ViewScoped
public class IssueEditView extends RowEdit<IssueView> {

    private static final long serialVersionUID = 1L;

    @Inject
    IssueService issues;

    @Inject
    WorkshopIssuesView workshop;

    @Inject
    Messages messages;

    private IssueFields fields = new IssueFields();

    @Override
    protected long idOf(IssueView record) {
        return record.id();
    }

    @Override
    protected void fill(IssueView issue) {
        fields = IssueFields.of(issue);
    }

    /** "Supprimer l'enjeu « … » ?", in the caller's language. */
    public String getDeletionQuestion() {
        IssueView opened = opened();
        return opened == null ? "" : messages.text("prospective.issue.deleteConfirm", opened.title());
    }

    /** Saves the correction on the version opened; a refusal shows beside the button. */
    public void save(ActionEvent event) {
        IssueView opened = opened();
        String beside = event.getComponent().getClientId();
        try {
            IssueView saved = issues.revise(opened.workshopId(), opened.id(), opened.version(), fields.getTitle(),
                    fields.getDescription(), fields.markerList(), fields.getTension());
            messages.info("prospective.issue.corrected", saved.title());
            cancel();
        } catch (InvalidInput e) {
            messages.refusedBeside(e.messageKey(), beside);
        } catch (RecordNotFound e) {
            messages.error("record.deletedMeanwhile");
            cancel();
        } catch (StateConflict e) {
            reread(messages.conflictBeside(beside, e, opened, Messages.rereadFrom(
                    () -> issues.issues(opened.workshopId()), IssueView::id, opened.id())));
        }
        workshop.reload();
    }

    /**
     * Deletes the issue asked about; a refusal (ranked or informed meanwhile) shows beside the button; one deleted
     * meanwhile is gone all the same.
     */
    public void delete(ActionEvent event) {
        IssueView opened = opened();
        try {
            issues.delete(opened.workshopId(), opened.id());
            messages.info("prospective.issue.deleted", opened.title());
            cancel();
        } catch (RecordNotFound e) {
            messages.info("record.deletedMeanwhile");
            cancel();
        } catch (StateConflict e) {
            messages.refusedBeside(e.messageKey(), event.getComponent().getClientId());
        }
        workshop.reload();
    }

    /** The correction's fields, for issue-fields.xhtml. */
    public IssueFields getFields() {
        return fields;
    }
}
