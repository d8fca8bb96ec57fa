package org.fabrique.web.dialogue;

import java.io.Serializable;
import java.time.LocalDate;
import org.fabrique.dialogue.application.SessionService;
import org.fabrique.dialogue.application.SessionView;
import org.fabrique.dialogue.domain.ParticipationMethod;
import org.fabrique.dialogue.domain.SessionGroup;

/**
 * What a page's form says of a dialogue session (session-fields.xhtml), to record one or to correct one: empty, or
 * filled from a session.
 */
public class SessionFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private String place;
    private ParticipationMethod method;
    private SessionGroup group;
    private Integer participants;
    private String themes;
    private String outputs;

    /** The fields filled with what was recorded of the session. */
    static SessionFields of(SessionView session) {
        SessionFields fields = new SessionFields();
        fields.date = session.date();
        fields.place = session.place();
        fields.method = session.method();
        fields.group = session.group();
        fields.participants = session.participants();
        fields.themes = session.themes();
        fields.outputs = session.outputs();
        return fields;
    }

    SessionService.SessionForm toForm() {
        return new SessionService.SessionForm(date, place, method, group, participants, themes, outputs);
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
