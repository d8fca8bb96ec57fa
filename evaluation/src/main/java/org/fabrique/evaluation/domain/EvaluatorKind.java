package org.fabrique.evaluation.domain;

/** Who carries an evaluation out: the pôle's own staff, or an external firm. */
public enum EvaluatorKind {
    INTERNAL,
    EXTERNAL_FIRM
}
