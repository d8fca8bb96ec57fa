package org.fabrique.web.prospective;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.core.application.InvalidInput;
import org.fabrique.core.domain.StateConflict;
import org.fabrique.prospective.application.MinutesView;
import org.fabrique.prospective.application.SessionRecordService;
import org.fabrique.prospective.application.WorkshopService;
import org.fabrique.prospective.application.WorkshopSessionView;
import org.fabrique.prospective.domain.Presence;
import org.fabrique.prospective.domain.Sequence;
import org.fabrique.prospective.domain.SessionLength;
import org.fabrique.web.faces.Messages;

/**
 * The sessions of the workshop of prospective/workshop.xhtml, for insiders: each with its register and
 * minutes; the pôle convenes one, takes its register, writes its minutes.
 */
@Named
@ViewScoped
public class WorkshopSessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkshopService workshops;

    @Inject
    SessionRecordService sessions;

    @Inject
    Messages messages;

    private long workshopId;
    private List<WorkshopSessionView> list = List.of();
    private WorkshopSessionView selected;
    private String minutes;
    /** By person id (as a string: map values and keys get no conversion), the presence's name. */
    private final Map<String, String> register = new HashMap<>();
    private Sequence sequence;
    private LocalDate date;
    private SessionLength length = SessionLength.HALF_DAY;
    private String agenda;

    public void load(long workshop, boolean insider) {
        workshopId = workshop;
        list = insider ? workshops.sessions(workshop) : List.of();
    }

    public void select(long sessionId) {
        selected = list.stream().filter(s -> s.id() == sessionId).findFirst().orElseThrow();
        MinutesView read = workshops.minutes(workshopId, sessionId);
        minutes = read.minutes();
        register.clear();
        selected.attendance().forEach((person, presence) -> register.put(String.valueOf(person), presence.name()));
    }

    /** Convenes the session; a refusal shows beside its field or the button. */
    public void convene(ActionEvent event) {
        String beside = event.getComponent().getClientId();
        try {
            WorkshopSessionView convened = sessions.convene(workshopId, sequence, date, length, agenda);
            messages.infoBeside(beside, "prospective.session.convened", messages.date(convened.date()));
            sequence = null;
            date = null;
            agenda = null;
            list = workshops.sessions(workshopId);
        } catch (InvalidInput e) {
            messages.refused(e, "convene");
        } catch (StateConflict e) {
            messages.refusedBeside(e.messageKey(), beside);
        }
    }

    /** Records who came; the confirmation or the refusal shows beside the button. */
    public void saveRegister(ActionEvent event) {
        String beside = event.getComponent().getClientId();
        Map<Long, Presence> presences = new LinkedHashMap<>();
        register.forEach((person, presence) -> {
            if (presence != null && !presence.isBlank()) {
                presences.put(Long.valueOf(person), Presence.valueOf(presence));
            }
        });
        try {
            selected = sessions.register(workshopId, selected.id(), selected.version(), presences);
            messages.infoBeside(beside, "prospective.register.saved");
            list = workshops.sessions(workshopId);
        } catch (InvalidInput e) {
            messages.refusedBeside(e.messageKey(), beside);
        } catch (StateConflict e) {
            list = workshops.sessions(workshopId);
            selected = messages.conflictBeside(beside, e, selected,
                    Messages.rereadFrom(() -> list, WorkshopSessionView::id, selected.id()));
        }
    }

    /** Saves the minutes; the confirmation or the refusal shows beside the button. */
    public void saveMinutes(ActionEvent event) {
        String beside = event.getComponent().getClientId();
        try {
            selected = sessions.writeMinutes(workshopId, selected.id(), selected.version(), minutes);
            messages.infoBeside(beside, "prospective.minutes.saved");
            list = workshops.sessions(workshopId);
        } catch (InvalidInput e) {
            messages.refused(e, "minutesForm");
        } catch (StateConflict e) {
            list = workshops.sessions(workshopId);
            selected = messages.conflictBeside(beside, e, selected,
                    Messages.rereadFrom(() -> list, WorkshopSessionView::id, selected.id()));
        }
    }

    public Sequence[] getSequences() { return Sequence.values(); }
    public SessionLength[] getLengths() { return SessionLength.values(); }
    public Presence[] getPresences() { return Presence.values(); }
    public List<WorkshopSessionView> getList() { return list; }
    public WorkshopSessionView getSelected() { return selected; }
    public Map<String, String> getRegister() { return register; }
    public String getMinutes() { return minutes; }
    public void setMinutes(String minutes) { this.minutes = minutes; }
    public Sequence getSequence() { return sequence; }
    public void setSequence(Sequence sequence) { this.sequence = sequence; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public SessionLength getLength() { return length; }
    public void setLength(SessionLength length) { this.length = length; }
    public String getAgenda() { return agenda; }
    public void setAgenda(String agenda) { this.agenda = agenda; }
}
