package org.fabrique.core.domain;

/**
 * What a notification tells. Each kind has a subject and a body in the mail texts; its arguments are
 * the ones these texts expect, in order.
 */
public enum NotificationKind {
    /** To the pôle: a directorate submitted a candidate project (title, directorate). */
    CANDIDATE_SUBMITTED,
    /** To the directorate: the pôle recorded its feasibility opinion (title, opinion). */
    FEASIBILITY_RECORDED,
    /** To the directorate: the elected officials decided (title, decision). */
    CANDIDATE_ARBITRATED,
    /** To the directorate: a citizens' recommendation awaits its answer (text, due date). */
    RECOMMENDATION_ASSIGNED,
    /** To the former directorate: the pôle gave the recommendation to another one (text, new directorate, reason). */
    RECOMMENDATION_REASSIGNED,
    /** To the directorate: the pôle corrected the recommendation's text (corrected text, reason). */
    RECOMMENDATION_CORRECTED,
    /** To the directorate: the answer is due within 14 days (text, due date). */
    RECOMMENDATION_DUE_SOON,
    /** To the directorate: the answer is overdue (text, due date). */
    RECOMMENDATION_OVERDUE,
    /** To the pôle: the answer is still overdue after the escalation delay (text, due date, directorate). */
    RECOMMENDATION_ESCALATED,
    /** To the owner directorate: an evaluation's recommendation is assigned to it (evaluation, text). */
    EVALUATION_RECOMMENDATION_ASSIGNED,
    /** To the owner directorate: the follow-up is due within 14 days (evaluation, text, due date). */
    EVALUATION_RECOMMENDATION_DUE_SOON,
    /** To the owner directorate: the follow-up is overdue (evaluation, text, due date). */
    EVALUATION_RECOMMENDATION_OVERDUE,
    /** To a workshop's members: a session is convened (workshop, date, sequence). */
    WORKSHOP_SESSION_CONVENED,
    /** To an amendment's author: the group decided it (workshop, passage, decision). */
    AMENDMENT_DECIDED
}
