package org.fabrique.dialogue.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The reminders a recommendation awaiting its answer calls for: its directorate is told when the due
 * date is 14 days away or less, then when it is past; the pôle is told when it is still unanswered
 * {@value #ESCALATION_DAYS} days after. Each reminder of a recommendation has its own event key, so it
 * is sent once however often the reminders are computed.
 */
public enum AnswerReminder {
    /** To the directorate: due within {@value #NOTICE_DAYS} days. */
    DUE_SOON("due14"),
    /** To the directorate: past its due date. */
    OVERDUE("overdue"),
    /** To the pôle: still unanswered {@value #ESCALATION_DAYS} days after its due date. */
    ESCALATED("escalated");

    public static final int NOTICE_DAYS = 14;
    public static final int ESCALATION_DAYS = 14;

    private final String suffix;

    AnswerReminder(String suffix) {
        this.suffix = suffix;
    }

    /**
     * The reminders due today for a recommendation awaiting its answer by {@code dueDate}: none before
     * the notice period, the notice during it, then overdue, and past the escalation delay overdue and
     * escalated (whichever of them were already sent, their keys keep them from being sent again).
     */
    public static List<AnswerReminder> dueOn(LocalDate today, LocalDate dueDate) {
        Objects.requireNonNull(today, "today is required");
        Objects.requireNonNull(dueDate, "dueDate is required");
        List<AnswerReminder> due = new ArrayList<>();
        if (!today.isAfter(dueDate)) {
            if (!today.isBefore(dueDate.minusDays(NOTICE_DAYS))) {
                due.add(DUE_SOON);
            }
            return due;
        }
        due.add(OVERDUE);
        if (today.isAfter(dueDate.plusDays(ESCALATION_DAYS))) {
            due.add(ESCALATED);
        }
        return due;
    }

    /** The key of this reminder of that recommendation, e.g. {@code recommendation:12:due14}. */
    public String eventKey(long recommendationId) {
        return "recommendation:" + recommendationId + ":" + suffix;
    }
}
