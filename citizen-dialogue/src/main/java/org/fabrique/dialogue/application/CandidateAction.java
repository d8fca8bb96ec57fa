package org.fabrique.dialogue.application;

/** What a caller may do with a candidate project now, as its service decides it: the pages show exactly these. */
public enum CandidateAction {
    /** Change the draft: its directorate, while it is a draft. */
    EDIT,
    /** Submit the draft to the pôle: its directorate, while the programme accepts submissions. */
    SUBMIT,
    /** Withdraw it: its directorate, until it is arbitrated. */
    WITHDRAW,
    /** Record or replace the feasibility study: the pôle, once submitted and until arbitrated, while the programme is open. */
    STUDY,
    /** Record or change the decision: the elected officials, once studied, while the programme is open. */
    ARBITRATE
}
