package org.fabrique.evaluation.domain;

/**
 * Where an evaluation stands: framed, collecting its data, analysing them, reported, then following its
 * recommendations up. It moves one step at a time, forward only.
 */
public enum EvaluationStatus {
    FRAMING,
    DATA_COLLECTION,
    ANALYSIS,
    REPORTED,
    FOLLOW_UP;

    /** The step after this one, or null for FOLLOW_UP, the last. */
    public EvaluationStatus next() {
        return this == FOLLOW_UP ? null : values()[ordinal() + 1];
    }
}
