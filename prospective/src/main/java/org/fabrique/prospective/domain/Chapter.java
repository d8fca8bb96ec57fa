package org.fabrique.prospective.domain;

/**
 * The five chapters of a workshop's reference document, always in this order: the issues, the city's
 * positioning, its specific choices, the recommendations, the conditions of success.
 */
public enum Chapter {
    ISSUES,
    POSITIONING,
    SPECIFIC_CHOICES,
    RECOMMENDATIONS,
    CONDITIONS_OF_SUCCESS
}
