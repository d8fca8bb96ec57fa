package org.fabrique.core.domain;

/** The territory a project, workshop or policy applies to. */
public enum TerritorialScale {
    NEIGHBOURHOOD,
    CITY,
    METROPOLIS
}
