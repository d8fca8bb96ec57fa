package org.fabrique.evaluation.domain;

/** What an evaluation judges: a public policy, a scheme (dispositif) or a method (the Ateliers prospectifs). */
public enum EvaluationObject {
    POLICY,
    SCHEME,
    METHOD
}
