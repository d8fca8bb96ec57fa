package org.fabrique.prospective.domain;

/** Where an action of the plan stands; DONE and ABANDONED end it. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    ABANDONED;

    public boolean isFinished() {
        return this == DONE || this == ABANDONED;
    }
}
