package org.fabrique.prospective.domain;

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
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;

/**
 * A person's seat in a workshop's closed group (intuitu personae), with the moment they acknowledged
 * the charter. Part of the {@link Workshop} aggregate.
 */
@Entity
@Table(name = "prospective_membership",
        uniqueConstraints = @UniqueConstraint(name = "uk_prospective_membership", columnNames = {"workshop_id", "person_id"}))
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "workshop_id", nullable = false)
    private Workshop workshop;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ParticipantCategory category;

    private Instant charterAcknowledgedAt;

    protected Membership() {
        // for JPA
    }

    Membership(Workshop workshop, long personId, ParticipantCategory category) {
        this.workshop = Objects.requireNonNull(workshop, "workshop is required");
        if (personId <= 0) {
            throw new IllegalArgumentException("personId must be positive, got " + personId);
        }
        this.personId = personId;
        this.category = Objects.requireNonNull(category, "category is required");
    }

    /** Keeps the first acknowledgement: reading the charter twice does not move its date. */
    void acknowledgeCharter(Instant at) {
        if (charterAcknowledgedAt == null) {
            charterAcknowledgedAt = Objects.requireNonNull(at, "at is required");
        }
    }

    public Long getId() { return id; }
    public Workshop getWorkshop() { return workshop; }
    public long getPersonId() { return personId; }
    public ParticipantCategory getCategory() { return category; }

    /** When the member acknowledged the charter; null until then. */
    public Instant getCharterAcknowledgedAt() { return charterAcknowledgedAt; }

    public boolean hasAcknowledgedCharter() {
        return charterAcknowledgedAt != null;
    }
}
