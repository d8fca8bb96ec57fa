package org.fabrique.dialogue.domain;

/** Whether the city still owes an answer to a recommendation. */
public enum RecommendationStatus {
    AWAITING_ANSWER,
    ANSWERED
}
