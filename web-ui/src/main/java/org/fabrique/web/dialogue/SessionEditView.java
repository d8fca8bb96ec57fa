package org.fabrique.web.dialogue;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.dialogue.application.SessionService;
import org.fabrique.dialogue.application.SessionView;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.dialogue.domain.SessionGroup;
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
    private LocalDate date;
    private String place;
    private ParticipationMethod method;
    private SessionGroup group;
    private Integer participants;
    private String themes;
    private String outputs;

    public void open(SessionView session) {
        opened = session;
        mode = Mode.CORRECTING;
        date = session.date();
        place = session.place();
        method = session.method();
        group = session.group();
        participants = session.participants();
        themes = session.themes();
        outputs = session.outputs();
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
            SessionView saved = sessions.revise(opened.id(), opened.version(), new SessionService.SessionForm(date, place,
                    method, group, participants, themes, outputs));
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

    public ParticipationMethod[] getMethods() { return ParticipationMethod.values(); }
    public SessionGroup[] getGroups() { return SessionGroup.values(); }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public ParticipationMethod getMethod() { return method; }
    public void setMethod(ParticipationMethod method) { this.method = method; }
    public SessionGroup getGroup() { return group; }
    public void setGroup(SessionGroup group) { this.group = group; }
    public Integer getParticipants() { return participants; }
    public void setParticipants(Integer participants) { this.participants = participants; }
    public String getThemes() { return themes; }
    public void setThemes(String themes) { this.themes = themes; }
    public String getOutputs() { return outputs; }
    public void setOutputs(String outputs) { this.outputs = outputs; }
}
