package org.fabrique.dialogue.domain;

/**
 * What the elected officials decide for a studied candidate: retained in this programme, deferred to a
 * later one, or rejected.
 */
public enum ArbitrationDecision {
    RETAINED,
    DEFERRED,
    REJECTED
}
