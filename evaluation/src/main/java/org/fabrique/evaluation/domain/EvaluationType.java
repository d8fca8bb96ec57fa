package org.fabrique.evaluation.domain;

/** When an evaluation looks at its object: before it starts, midway, or after it. */
public enum EvaluationType {
    EX_ANTE,
    MID_TERM,
    EX_POST
}
