package org.fabrique.web.dialogue;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.dialogue.application.SessionService;
import org.fabrique.dialogue.application.SessionView;
import org.fabrique.web.faces.Messages;

/**
 * The pôle changes a recorded session from its row of the project page: it corrects what was recorded, or deletes a
 * session recorded by mistake after confirming. Which rows offer which is the service's ({@code mayCorrect},
 * {@code mayDelete}).
 */
@Named
@ViewScoped
public class SessionEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    private enum Mode { CORRECTING, DELETING }

    @Inject
    SessionService sessions;

    @Inject
    Messages messages;

    private SessionView opened;
    private Mode mode;
    private SessionFields fields = new SessionFields();

    public void open(SessionView session) {
        opened = session;
        mode = Mode.CORRECTING;
        fields = SessionFields.of(session);
    }

    public void askDelete(SessionView session) {
        opened = session;
        mode = Mode.DELETING;
    }

    public void cancel() {
        opened = null;
        mode = null;
    }

    public boolean isOpen(SessionView session) {
        return opened != null && opened.id() == session.id();
    }

    public boolean isCorrecting(SessionView session) {
        return isOpen(session) && mode == Mode.CORRECTING;
    }

    public boolean isDeleting(SessionView session) {
        return isOpen(session) && mode == Mode.DELETING;
    }

    /** "Supprimer la rencontre du 12 mai 2026, Maison de quartier ?", in the caller's language. */
    public String getDeletionQuestion() {
        return opened == null ? "" : messages.text("dialogue.session.deleteConfirm", messages.date(opened.date()),
                opened.place());
    }

    /** Saves the correction; a refusal shows beside the button. */
    public void save(ActionEvent event) {
        String beside = event.getComponent().getClientId();
        try {
            SessionView saved = sessions.revise(opened.id(), opened.version(), fields.toForm());
            messages.info("dialogue.session.corrected", messages.date(saved.date()));
            cancel();
        } catch (InvalidInput e) {
            messages.refusedBeside(e.messageKey(), beside);
        } catch (StateConflict e) {
            opened = messages.conflict(e, opened, () -> sessions.find(opened.id()));
            messages.refusedBeside(e.messageKey(), beside);
        }
    }

    /** Deletes the session asked about; a refusal (a recommendation came from it meanwhile) shows beside the button. */
    public void delete(ActionEvent event) {
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
