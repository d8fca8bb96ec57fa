package org.fabrique.evaluation.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The reminder an open recommendation's follow-up calls for: its owner directorate is told when the due
 * date is {@value #NOTICE_DAYS} days away or less, then once it is past. Each reminder has its own event key,
 * naming the owner and the due date, so that it is sent once however often the reminders are computed, and
 * again only if the recommendation is given to another directorate or another date.
 */
public enum FollowUpReminder {
    /** Due within {@value #NOTICE_DAYS} days. */
    DUE_SOON("due14"),
    /** Past its due date and neither done nor abandoned. */
    OVERDUE("overdue");

    public static final int NOTICE_DAYS = 14;

    private final String suffix;

    FollowUpReminder(String suffix) {
        this.suffix = suffix;
    }

    /** The reminder due today for a follow-up due on {@code dueDate}, none before the notice period. */
    public static Optional<FollowUpReminder> dueOn(LocalDate today, LocalDate dueDate) {
        Objects.requireNonNull(today, "today is required");
        Objects.requireNonNull(dueDate, "dueDate is required");
        if (today.isAfter(dueDate)) {
            return Optional.of(OVERDUE);
        }
        return today.isBefore(dueDate.minusDays(NOTICE_DAYS)) ? Optional.empty() : Optional.of(DUE_SOON);
    }

    /** The key of this reminder, e.g. {@code evaluation-recommendation:7:due14:3:2026-12-01}. */
    public String eventKey(long recommendationId, long ownerDirectorateId, LocalDate dueDate) {
        return "evaluation-recommendation:" + recommendationId + ":" + suffix + ":" + ownerDirectorateId + ":" + dueDate;
    }
}
