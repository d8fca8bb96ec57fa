package org.fabrique.dialogue.domain;

/** The participation methods a project proposes and a session uses. */
public enum ParticipationMethod {
    PUBLIC_DEBATE,
    CO_CONSTRUCTION_WORKSHOP,
    SERVICE_DESIGN,
    CITIZEN_PANEL,
    PARTICIPATORY_EVALUATION,
    SURVEY,
    URBAN_WALK,
    OTHER
}
