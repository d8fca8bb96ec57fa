package org.fabrique.dialogue.domain;

/** The pôle's overall opinion at the end of a feasibility study. */
public enum FeasibilityOpinion {
    FEASIBLE,
    FEASIBLE_WITH_CONDITIONS,
    NOT_FEASIBLE
}
