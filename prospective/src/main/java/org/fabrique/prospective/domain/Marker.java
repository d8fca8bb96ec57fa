package org.fabrique.prospective.domain;

/**
 * The cross-cutting markers the seed's cross-reading of the sixteen workshops brings out: attractiveness
 * and solidarity (its two structuring demands), social ties and proximity, cross-cutting action, and
 * citizen participation and sustainability, which run through several workshops.
 */
public enum Marker {
    ATTRACTIVENESS,
    SOLIDARITY,
    SOCIAL_TIES,
    PROXIMITY,
    CROSS_CUTTING_ACTION,
    CITIZEN_PARTICIPATION,
    SUSTAINABILITY
}
