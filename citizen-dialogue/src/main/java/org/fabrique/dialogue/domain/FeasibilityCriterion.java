package org.fabrique.dialogue.domain;

/** The four conditions of feasibility the pôle studies, in the order of its study. */
public enum FeasibilityCriterion {
    HIGH_STAKES,
    SUPPORT_AND_OPENNESS,
    LEVERS_OF_ACTION,
    RESOURCES_AND_CALENDAR
}
