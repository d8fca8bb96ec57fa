package org.fabrique.core.domain;

/** What one mission commissions from another: an evaluation (mission 2) or a citizen-dialogue candidate project (mission 1). */
public enum CommissionKind {
    EVALUATION,
    CANDIDATE_PROJECT;

    /** The kind of record the commission creates. */
    public ResourceKind targetKind() {
        return this == EVALUATION ? ResourceKind.EVALUATION : ResourceKind.CANDIDATE_PROJECT;
    }
}
