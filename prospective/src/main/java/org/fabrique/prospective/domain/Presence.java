package org.fabrique.prospective.domain;

/** A member's attendance at a session, as the register records it. */
public enum Presence {
    PRESENT,
    EXCUSED,
    ABSENT
}
