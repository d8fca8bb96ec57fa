package org.fabrique.dialogue.domain;

/** Who takes part in a session: residents, agents, elected officials, or all of them together. */
public enum SessionGroup {
    RESIDENTS,
    AGENTS,
    ELECTED_OFFICIALS,
    MIXED
}
