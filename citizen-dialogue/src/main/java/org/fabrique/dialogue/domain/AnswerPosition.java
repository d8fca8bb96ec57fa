package org.fabrique.dialogue.domain;

/**
 * The city's position on a recommendation. {@link #UNDER_STUDY} is an interim answer that does not end
 * the commitment to answer.
 */
public enum AnswerPosition {
    RETAINED,
    RETAINED_WITH_CHANGES,
    NOT_RETAINED,
    UNDER_STUDY
}
