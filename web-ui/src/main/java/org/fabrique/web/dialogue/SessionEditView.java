package org.fabrique.web.dialogue;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.dialogue.application.SessionService;
import org.fabrique.dialogue.application.SessionView;
import org.fabrique.web.faces.Messages;
import org.fabrique.web.faces.RowEdit;

/**
 * The pôle changes a recorded session from its row of the project page: it corrects what was recorded, or deletes a
 * session recorded by mistake after confirming. Which rows offer which is the service's ({@code mayCorrect},
 * {@code mayDelete}).
 */
@Named
@ViewScoped
public class SessionEditView extends RowEdit<SessionView> {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionService sessions;

    @Inject
    Messages messages;

    private SessionFields fields = new SessionFields();

    @Override
    protected long idOf(SessionView record) {
        return record.id();
    }

    @Override
    protected void fill(SessionView session) {
        fields = SessionFields.of(session);
    }

    /** "Supprimer la rencontre du 12 mai 2026, Maison de quartier ?", in the caller's language. */
    public String getDeletionQuestion() {
        SessionView opened = opened();
        return opened == null ? "" : messages.text("dialogue.session.deleteConfirm", messages.date(opened.date()),
                opened.place());
    }

    /** Saves the correction; a refusal shows beside the button. */
    public void save(ActionEvent event) {
        SessionView opened = opened();
        String beside = event.getComponent().getClientId();
        try {
            SessionView saved = sessions.revise(opened.id(), opened.version(), fields.toForm());
            messages.info("dialogue.session.corrected", messages.date(saved.date()));
            cancel();
        } catch (InvalidInput e) {
            messages.refusedBeside(e.messageKey(), beside);
        } catch (StateConflict e) {
            reread(messages.conflict(e, opened, () -> sessions.find(opened.id())));
            messages.refusedBeside(e.messageKey(), beside);
        }
    }

    /** Deletes the session asked about; a refusal (a recommendation came from it meanwhile) shows beside the button. */
    public void delete(ActionEvent event) {
        SessionView opened = opened();
        try {
            sessions.delete(opened.id());
            messages.info("dialogue.session.deleted", messages.date(opened.date()));
            cancel();
        } catch (StateConflict e) {
            messages.refusedBeside(e.messageKey(), event.getComponent().getClientId());
        }
    }

    /** The correction's fields, for session-fields.xhtml. */
    public SessionFields getFields() {
        return fields;
    }
}
