package org.fabrique.prospective.application;

/** What the caller may do now on a workshop, as its view lists it; the page shows exactly these. */
public enum WorkshopAction {
    /** Describe the workshop (committee, firm, contract, dates) and write its synthesis note. */
    STEER,
    /** Seat a person in the group: while the workshop is not closed. */
    SEAT,
    /** Move the workshop to the next step of the method: while it is not closed. */
    ADVANCE,
    /** Record issues, rank them, correct them. */
    RECORD_ISSUES,
    /** Add knowledge notes, benchmarks, hearings and visits. */
    ADD_RESOURCES,
    /** Convene the group to a session. */
    CONVENE_SESSIONS,
    /** Take a session's register and write its minutes. */
    KEEP_REGISTERS,
    /** Mark the recommendations the workshop's issues echo. */
    MARK_RECOMMENDATIONS
}
