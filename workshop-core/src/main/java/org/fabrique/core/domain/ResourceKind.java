package org.fabrique.core.domain;

/** The kinds of record a {@link ResourceRef} can point at, across all modules. */
public enum ResourceKind {
    PROGRAMME,
    CANDIDATE_PROJECT,
    DIALOGUE_PROJECT,
    RECOMMENDATION,
    WORKSHOP,
    REFERENCE_DOCUMENT,
    EVALUATION,
    EVALUATION_RECOMMENDATION,
    PERSON,
    DIRECTORATE,
    PUBLIC_POLICY
}
