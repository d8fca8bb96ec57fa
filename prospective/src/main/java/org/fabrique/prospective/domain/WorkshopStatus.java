package org.fabrique.prospective.domain;

/**
 * Where a workshop stands in the method: prepared, then its three sequences, the adoption of its
 * reference document, its action plan, closed. It moves one step at a time, forward only.
 */
public enum WorkshopStatus {
    PREPARATION,
    EXPLORATORY,
    RESOURCE,
    SCENARIO,
    ADOPTED,
    ACTION_PLAN,
    CLOSED;

    /** The step after this one; CLOSED has none. */
    public WorkshopStatus next() {
        if (this == CLOSED) {
            throw new IllegalStateException("a closed workshop has no next step");
        }
        return values()[ordinal() + 1];
    }

    /** The sequence this step runs, or null outside the three sequences. */
    public Sequence sequence() {
        return switch (this) {
            case EXPLORATORY -> Sequence.EXPLORATORY;
            case RESOURCE -> Sequence.RESOURCE;
            case SCENARIO -> Sequence.SCENARIO;
            default -> null;
        };
    }
}
