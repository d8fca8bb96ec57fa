package org.fabrique.dialogue.domain;

/** The pôle's assessment of one feasibility criterion. */
public enum Assessment {
    FAVOURABLE,
    RESERVATIONS,
    UNFAVOURABLE
}
