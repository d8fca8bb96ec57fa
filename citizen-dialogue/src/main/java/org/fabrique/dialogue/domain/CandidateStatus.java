package org.fabrique.dialogue.domain;

/** Where a candidate project stands, from the directorate's draft to the elected officials' arbitration. */
public enum CandidateStatus {
    DRAFT,
    SUBMITTED,
    WITHDRAWN,
    STUDIED,
    ARBITRATED
}
