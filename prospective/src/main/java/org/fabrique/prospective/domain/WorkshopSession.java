package org.fabrique.prospective.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;
import org.fabrique.core.domain.StateConflict;

/**
 * A session of one of a workshop's sequences: its date, length and agenda, its attendance register
 * (present, excused, absent per member) and its minutes, which are confidential.
 */
@Entity
@Table(name = "prospective_session")
public class WorkshopSession {

    public static final int AGENDA_MAX_LENGTH = 4000;
    public static final int MINUTES_MAX_LENGTH = 20000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workshop_id", nullable = false)
    private Workshop workshop;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Sequence sequence;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(name = "session_length", nullable = false, length = 10)
    private SessionLength length;

    @Column(length = AGENDA_MAX_LENGTH)
    private String agenda;

    @Column(length = MINUTES_MAX_LENGTH)
    private String minutes;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "prospective_attendance", joinColumns = @JoinColumn(name = "session_id"))
    @MapKeyColumn(name = "person_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "presence", nullable = false, length = 10)
    private Map<Long, Presence> attendance = new HashMap<>();

    protected WorkshopSession() {
        // for JPA
    }

    public WorkshopSession(Workshop workshop, Sequence sequence, LocalDate date, SessionLength length, String agenda) {
        this.workshop = Objects.requireNonNull(workshop, "workshop is required");
        this.sequence = Objects.requireNonNull(sequence, "sequence is required");
        this.date = Objects.requireNonNull(date, "date is required");
        this.length = Objects.requireNonNull(length, "length is required");
        this.agenda = Invariants.optionalText(agenda, "agenda", AGENDA_MAX_LENGTH);
    }

    /**
     * Records whether a member was there.
     *
     * @throws StateConflict {@code prospective.notMember} for someone outside the group
     */
    public void recordAttendance(long personId, Presence presence) {
        Objects.requireNonNull(presence, "presence is required");
        if (!workshop.isMember(personId)) {
            throw new StateConflict("prospective.notMember");
        }
        attendance.put(personId, presence);
    }

    public void writeMinutes(String text) {
        this.minutes = Invariants.optionalText(text, "minutes", MINUTES_MAX_LENGTH);
    }

    public Long getId() { return id; }
    public long getVersion() { return version; }
    public Workshop getWorkshop() { return workshop; }
    public Sequence getSequence() { return sequence; }
    public LocalDate getDate() { return date; }
    public SessionLength getLength() { return length; }
    public String getAgenda() { return agenda; }

    /** The confidential minutes; null until written. */
    public String getMinutes() { return minutes; }

    /** The register by person id; unmodifiable. */
    public Map<Long, Presence> getAttendance() { return Collections.unmodifiableMap(attendance); }
}
