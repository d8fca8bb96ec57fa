package org.fabrique.dialogue.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.fabrique.core.domain.Invariants;

/** The elected officials' decision on a studied candidate, with its reason, who decided and when. */
@Embeddable
public class Arbitration {

    public static final int REASON_MAX_LENGTH = 2000;

    @Enumerated(EnumType.STRING)
    @Column(name = "arbitration_decision", length = 20)
    private ArbitrationDecision decision;

    @Column(name = "arbitration_reason", length = REASON_MAX_LENGTH)
    private String reason;

    @Column(length = 40)
    private String decidedBy;

    private Instant decidedAt;

    protected Arbitration() {
        // for JPA
    }

    /** @param reason required, stripped, at most 2000 characters */
    public Arbitration(ArbitrationDecision decision, String reason, String decidedBy, Instant decidedAt) {
        this.decision = Objects.requireNonNull(decision, "decision is required");
        this.reason = Invariants.requiredText(reason, "reason", REASON_MAX_LENGTH);
        this.decidedBy = Invariants.username(decidedBy, "decidedBy");
        this.decidedAt = Objects.requireNonNull(decidedAt, "decidedAt is required");
    }

    public ArbitrationDecision decision() {
        return decision;
    }

    public String reason() {
        return reason;
    }

    /** The username of the elected official who decided. */
    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Arbitration that && decision == that.decision && reason.equals(that.reason)
                && decidedBy.equals(that.decidedBy) && decidedAt.equals(that.decidedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(decision, reason, decidedBy, decidedAt);
    }

    @Override
    public String toString() {
        return "Arbitration[" + decision + " by " + decidedBy + " at " + decidedAt + "]";
    }
}
