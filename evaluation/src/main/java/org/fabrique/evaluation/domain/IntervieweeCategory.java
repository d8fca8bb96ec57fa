package org.fabrique.evaluation.domain;

/**
 * Who was interviewed, as quotes are attributed: by category only (the seed's "— Élu",
 * "— Directeur général adjoint").
 */
public enum IntervieweeCategory {
    ELECTED_OFFICIAL,
    DEPUTY_GENERAL_DIRECTOR,
    DIRECTOR,
    AGENT,
    PARTNER,
    CITIZEN
}
