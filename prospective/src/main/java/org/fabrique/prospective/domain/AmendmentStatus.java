package org.fabrique.prospective.domain;

/** Where an amendment stands: proposed, then decided by the group or withdrawn by its author. */
public enum AmendmentStatus {
    PROPOSED,
    ACCEPTED,
    ACCEPTED_AS_MODIFIED,
    REJECTED,
    WITHDRAWN;

    /** The three decisions the group can take. */
    public boolean isDecision() {
        return this == ACCEPTED || this == ACCEPTED_AS_MODIFIED || this == REJECTED;
    }
}
