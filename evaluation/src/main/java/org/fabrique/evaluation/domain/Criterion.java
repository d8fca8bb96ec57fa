package org.fabrique.evaluation.domain;

/** The evaluative criteria an evaluative question is tied to (sustainability stands for utility too). */
public enum Criterion {
    RELEVANCE,
    COHERENCE,
    EFFECTIVENESS,
    EFFICIENCY,
    IMPACT,
    SUSTAINABILITY
}
