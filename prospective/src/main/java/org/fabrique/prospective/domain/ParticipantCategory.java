package org.fabrique.prospective.domain;

/** The seat a member holds in a workshop's closed group (api.md's participant {@code category}). */
public enum ParticipantCategory {
    PRESIDENT,
    ELECTED_OFFICIAL,
    NEIGHBOURHOOD_ELECTED_OFFICIAL,
    GENERAL_MANAGEMENT,
    CABINET,
    DIRECTORATE_RESOURCE,
    POLE,
    EXTERNAL_EXPERT,
    CIVIL_SOCIETY
}
