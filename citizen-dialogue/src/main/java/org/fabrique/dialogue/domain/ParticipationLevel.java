package org.fabrique.dialogue.domain;

/** How far citizens take part in a project, from being informed to building it with the city. */
public enum ParticipationLevel {
    INFORMATION,
    CONSULTATION,
    CONCERTATION,
    CO_CONSTRUCTION
}
