package org.fabrique.prospective.domain;

/** The seat a member holds in a workshop's closed group. */
public enum ParticipantCategory {
    PRESIDENT,
    CONCERNED_ELECTED_OFFICIAL,
    NEIGHBOURHOOD_ELECTED_OFFICIAL,
    GENERAL_MANAGEMENT,
    CABINET,
    DIRECTORATE_RESOURCE_PERSON,
    POLE,
    EXTERNAL_EXPERT,
    CIVIL_SOCIETY_REPRESENTATIVE
}
