package org.fabrique.dialogue.domain;

/**
 * Where a yearly programme stands: open to candidates and arbitration, validated (the list is frozen and
 * the commitment to answer runs), or closed at the end of its year.
 */
public enum ProgrammeStatus {
    OPEN,
    VALIDATED,
    CLOSED
}
