package org.fabrique.core.domain;

/** What an account may do in Fabrique; a person has one account with one role. */
public enum Role {
    /** Staff of the pôle dialogue citoyen, évaluation et prospective. */
    POLE,
    /** Agents and directors of one directorate. */
    DIRECTORATE,
    /** Elected officials. */
    ELECTED,
    /** People outside the administration, who see only the workshops they belong to. */
    PARTICIPANT
}
