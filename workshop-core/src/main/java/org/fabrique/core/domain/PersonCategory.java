package org.fabrique.core.domain;

/** The capacity in which a person takes part, used to count people by category. */
public enum PersonCategory {
    ELECTED_OFFICIAL,
    DEPUTY_GENERAL_DIRECTOR,
    DIRECTOR,
    RESOURCE_PERSON,
    CABINET_ADVISER,
    POLE_STAFF,
    EXTERNAL_EXPERT,
    CIVIL_SOCIETY_REPRESENTATIVE,
    CITIZEN
}
