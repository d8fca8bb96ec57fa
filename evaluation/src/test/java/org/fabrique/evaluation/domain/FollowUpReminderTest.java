package org.fabrique.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FollowUpReminderTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 15);

    @Test
    void nothing_before_the_notice_period_then_due_soon_up_to_the_due_date_then_overdue() {
        assertThat(FollowUpReminder.dueOn(DUE.minusDays(15), DUE)).isEmpty();
        assertThat(FollowUpReminder.dueOn(DUE.minusDays(14), DUE)).contains(FollowUpReminder.DUE_SOON);
        assertThat(FollowUpReminder.dueOn(DUE, DUE)).contains(FollowUpReminder.DUE_SOON);
        assertThat(FollowUpReminder.dueOn(DUE.plusDays(1), DUE)).contains(FollowUpReminder.OVERDUE);
        assertThat(FollowUpReminder.dueOn(DUE.plusYears(1), DUE)).contains(FollowUpReminder.OVERDUE);
    }

    @Test
    void a_reminder_is_told_again_only_for_another_owner_or_another_date() {
        String key = FollowUpReminder.OVERDUE.eventKey(7, 3, DUE);
        assertThat(key).isEqualTo("evaluation-recommendation:7:overdue:3:2026-12-15");
        assertThat(FollowUpReminder.OVERDUE.eventKey(7, 3, DUE)).isEqualTo(key);
        assertThat(FollowUpReminder.OVERDUE.eventKey(7, 4, DUE)).isNotEqualTo(key);
        assertThat(FollowUpReminder.OVERDUE.eventKey(7, 3, DUE.plusDays(30))).isNotEqualTo(key);
        assertThat(FollowUpReminder.DUE_SOON.eventKey(7, 3, DUE)).isNotEqualTo(key);
    }
}
