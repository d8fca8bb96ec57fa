package org.fabrique.prospective.domain;

/** What a workshop re-examines: one public policy, or a cross-cutting major issue (grand enjeu). */
public enum WorkshopKind {
    PUBLIC_POLICY,
    MAJOR_ISSUE
}
