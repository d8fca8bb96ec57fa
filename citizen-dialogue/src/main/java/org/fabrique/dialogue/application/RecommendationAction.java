package org.fabrique.dialogue.application;

/** What a caller may do with a recommendation now, as its service decides it: the pages show exactly these. */
public enum RecommendationAction {
    /** Give or replace the city's answer: its directorate or the pôle, until the answer is published. */
    ANSWER,
    /** Make the answer public: the pôle, once answered. */
    PUBLISH,
    /** Correct the text or the directorate: the pôle, until the answer is published. */
    CORRECT
}
