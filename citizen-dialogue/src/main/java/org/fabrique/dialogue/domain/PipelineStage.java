package org.fabrique.dialogue.domain;

import java.util.Objects;

/**
 * Where a candidate stands in the programme's pipeline: its status, with an arbitrated candidate told
 * apart by the elected officials' decision. In the order a candidate goes through them.
 */
public enum PipelineStage {
    DRAFT,
    SUBMITTED,
    STUDIED,
    RETAINED,
    DEFERRED,
    REJECTED,
    WITHDRAWN;

    /**
     * @param decision the arbitration's decision, required for an arbitrated candidate and ignored otherwise
     * @throws IllegalArgumentException for an arbitrated candidate without a decision
     */
    public static PipelineStage of(CandidateStatus status, ArbitrationDecision decision) {
        return switch (Objects.requireNonNull(status, "status is required")) {
            case DRAFT -> DRAFT;
            case SUBMITTED -> SUBMITTED;
            case STUDIED -> STUDIED;
            case WITHDRAWN -> WITHDRAWN;
            case ARBITRATED -> {
                if (decision == null) {
                    throw new IllegalArgumentException("an arbitrated candidate has a decision");
                }
                yield switch (decision) {
                    case RETAINED -> RETAINED;
                    case DEFERRED -> DEFERRED;
                    case REJECTED -> REJECTED;
                };
            }
        };
    }

    /** The stage of a candidate. */
    public static PipelineStage of(CandidateProject candidate) {
        return of(candidate.getStatus(), candidate.getArbitration() == null ? null : candidate.getArbitration().decision());
    }
}
