package org.fabrique.evaluation.domain;

/** Where the follow-up of a recommendation stands; DONE and ABANDONED end it. */
public enum FollowUpStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    ABANDONED;

    /** Whether the follow-up is over, done or abandoned: such a recommendation is never overdue. */
    public boolean isFinished() {
        return this == DONE || this == ABANDONED;
    }
}
