package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnswerReminderTest {

    private static final LocalDate DUE = LocalDate.of(2026, 6, 30);

    @Test
    void nothingIsDueBeforeTheFourteenDaysNotice() {
        assertThat(AnswerReminder.dueOn(DUE.minusDays(15), DUE)).isEmpty();
    }

    @Test
    void theNoticeIsDueFromFourteenDaysBeforeUntilTheDueDateItself() {
        assertThat(AnswerReminder.dueOn(DUE.minusDays(14), DUE)).containsExactly(AnswerReminder.DUE_SOON);
        assertThat(AnswerReminder.dueOn(DUE, DUE)).containsExactly(AnswerReminder.DUE_SOON);
    }

    @Test
    void theDayAfterTheDueDateItIsOverdueForTheDirectorate() {
        assertThat(AnswerReminder.dueOn(DUE.plusDays(1), DUE)).containsExactly(AnswerReminder.OVERDUE);
        assertThat(AnswerReminder.dueOn(DUE.plusDays(14), DUE)).containsExactly(AnswerReminder.OVERDUE);
    }

    @Test
    void pastTheEscalationDelayThePoleIsToldToo() {
        assertThat(AnswerReminder.dueOn(DUE.plusDays(15), DUE))
                .containsExactly(AnswerReminder.OVERDUE, AnswerReminder.ESCALATED);
    }

    @Test
    void eachReminderOfARecommendationHasItsOwnStableKey() {
        assertThat(AnswerReminder.DUE_SOON.eventKey(12)).isEqualTo("recommendation:12:due14");
        assertThat(AnswerReminder.OVERDUE.eventKey(12)).isEqualTo("recommendation:12:overdue");
        assertThat(AnswerReminder.ESCALATED.eventKey(12)).isEqualTo("recommendation:12:escalated");
        assertThat(AnswerReminder.DUE_SOON.eventKey(13)).isNotEqualTo(AnswerReminder.DUE_SOON.eventKey(12));
    }
}
