package org.fabrique.dialogue.application;

/** What the caller may do now on a programme, as its view lists it; the page shows exactly these. */
public enum ProgrammeAction {
    /** Draft a candidate project: a directorate, while the programme is open. */
    DRAFT_CANDIDATE,
    /** Read the arbitration screen, every candidate with its study: the pôle and elected officials. */
    REVIEW_ARBITRATION,
    /** Decide on candidates: an elected official, while the programme is open. */
    ARBITRATE,
    /** Validate the programme, freezing its list: an elected official, while it is open. */
    VALIDATE
}
