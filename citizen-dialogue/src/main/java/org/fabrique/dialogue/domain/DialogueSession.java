package org.fabrique.dialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A session of a dialogue project (<i>rencontre</i>): when and where, with which method and which group,
 * how many took part, the themes worked on and what came out of it. The seed's "nouvelle mairie de
 * quartier" held three sessions with separate groups, then a mixed one.
 */
@Entity
@Table(name = "dialogue_session")
public class DialogueSession {

    public static final int PLACE_MAX_LENGTH = 200;
    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int PARTICIPANTS_MAX = 100_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id", nullable = false)
    private DialogueProject project;

    @Audited
    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Audited
    @Column(nullable = false, length = PLACE_MAX_LENGTH)
    private String place;

    @Audited
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ParticipationMethod method;

    /** {@code group} is a reserved word in SQL. */
    @Audited
    @Enumerated(EnumType.STRING)
    @Column(name = "session_group", nullable = false, length = 20)
    private SessionGroup group;

    @Audited
    @Column(nullable = false)
    private int participants;

    @Audited
    @Column(length = TEXT_MAX_LENGTH)
    private String themes;

    @Audited
    @Column(length = TEXT_MAX_LENGTH)
    private String outputs;

    protected DialogueSession() {
        // for JPA
    }

    /**
     * @param place        required, at most 200 characters
     * @param participants 0 to 100 000
     * @param themes       the themes worked on, at most 4000 characters; blank reads as none
     * @param outputs      what came out of it, at most 4000 characters; blank reads as none
     */
    public DialogueSession(DialogueProject project, LocalDate date, String place, ParticipationMethod method,
            SessionGroup group, int participants, String themes, String outputs) {
        this.project = Objects.requireNonNull(project, "project is required");
        describe(date, place, method, group, participants, themes, outputs);
    }

    /** Corrects what was recorded of the session. */
    public void revise(LocalDate newDate, String newPlace, ParticipationMethod newMethod, SessionGroup newGroup,
            int newParticipants, String newThemes, String newOutputs) {
        describe(newDate, newPlace, newMethod, newGroup, newParticipants, newThemes, newOutputs);
    }

    private void describe(LocalDate newDate, String newPlace, ParticipationMethod newMethod, SessionGroup newGroup,
            int newParticipants, String newThemes, String newOutputs) {
        Objects.requireNonNull(newDate, "date is required");
        String validPlace = Invariants.requiredText(newPlace, "place", PLACE_MAX_LENGTH);
        Objects.requireNonNull(newMethod, "method is required");
        Objects.requireNonNull(newGroup, "group is required");
        Invariants.between(newParticipants, "participants", 0, PARTICIPANTS_MAX);
        String validThemes = Invariants.optionalText(newThemes, "themes", TEXT_MAX_LENGTH);
        String validOutputs = Invariants.optionalText(newOutputs, "outputs", TEXT_MAX_LENGTH);
        this.date = newDate;
        this.place = validPlace;
        this.method = newMethod;
        this.group = newGroup;
        this.participants = newParticipants;
        this.themes = validThemes;
        this.outputs = validOutputs;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public DialogueProject getProject() {
        return project;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getPlace() {
        return place;
    }

    public ParticipationMethod getMethod() {
        return method;
    }

    public SessionGroup getGroup() {
        return group;
    }

    public int getParticipants() {
        return participants;
    }

    /** The themes worked on, null when not recorded. */
    public String getThemes() {
        return themes;
    }

    /** What came out of the session, null when not recorded. */
    public String getOutputs() {
        return outputs;
    }

    @Override
    public String toString() {
        return "DialogueSession[id=" + id + ", date=" + date + ", group=" + group + "]";
    }
}
