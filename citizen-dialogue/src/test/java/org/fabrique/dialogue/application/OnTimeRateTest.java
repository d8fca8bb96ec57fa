package org.fabrique.dialogue.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.fabrique.dialogue.domain.AnswerPosition;
import org.fabrique.dialogue.domain.CommitmentTally;
import org.fabrique.dialogue.domain.DialogueProject;
import org.fabrique.dialogue.domain.Examples;
import org.fabrique.dialogue.domain.Recommendation;
import org.junit.jupiter.api.Test;

class OnTimeRateTest {

    private static final LocalDate RECORDED = LocalDate.of(2026, 5, 4);
    private static final LocalDate DUE = LocalDate.of(2026, 8, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    private final DialogueProject project = Examples.dialogueProject();

    private Recommendation recommendation() {
        return new Recommendation(project, null, "Ouvrir la mairie le samedi", 3, RECORDED, DUE, "pole");
    }

    private Recommendation answered(LocalDate on) {
        Recommendation r = recommendation();
        r.answer(AnswerPosition.RETAINED, "Retenu", null, "direction", on, Instant.parse("2026-06-01T10:00:00Z"));
        return r;
    }

    @Test
    void counts_on_time_late_and_overdue_and_ignores_what_is_not_yet_due() {
        Recommendation notYetDue = new Recommendation(project, null, "Plus tard", 3, TODAY, TODAY.plusDays(90), "pole");
        Recommendation underStudy = recommendation();
        underStudy.answer(AnswerPosition.UNDER_STUDY, "À l'étude", null, "direction", RECORDED.plusDays(10),
                Instant.parse("2026-05-14T10:00:00Z"));

        OnTimeRate rate = OnTimeRate.of(List.of(answered(DUE), answered(DUE.minusDays(30)), answered(DUE.plusDays(1)),
                recommendation(), underStudy, notYetDue), TODAY);

        assertThat(rate.answeredOnTime()).isEqualTo(2);
        assertThat(rate.answeredLate()).isEqualTo(1);
        assertThat(rate.overdue()).as("awaiting past due, an interim answer included").isEqualTo(2);
        assertThat(rate.rate()).isEqualTo(2.0 / 5);
    }

    @Test
    void there_is_no_rate_while_nothing_is_due() {
        OnTimeRate rate = OnTimeRate.of(List.of(recommendation()), RECORDED);

        assertThat(rate.rate()).isNull();
        assertThat(rate.overdue()).isZero();
    }

    @Test
    void counts_from_the_database_give_the_same_rate_as_the_recommendations_themselves() {
        List<Recommendation> recommendations = List.of(answered(DUE), answered(DUE.plusDays(3)), recommendation(),
                new Recommendation(project, null, "Plus tard", 3, TODAY, TODAY.plusDays(90), "pole"));

        OnTimeRate fromCounts = OnTimeRate.of(new CommitmentTally(4, 2, 1, 1, 1));

        assertThat(fromCounts).isEqualTo(OnTimeRate.of(recommendations, TODAY));
        assertThat(fromCounts.rate()).isEqualTo(1.0 / 3);
        assertThat(OnTimeRate.of(new CommitmentTally(2, 2, 0, 0, 0)).rate()).as("nothing due yet").isNull();
    }

    @Test
    void the_rate_reads_as_one_whole_percentage_everywhere_rounded_half_up() {
        OnTimeRate fiveOfEight = OnTimeRate.of(new CommitmentTally(8, 0, 0, 5, 3));

        assertThat(fiveOfEight.percent()).as("62.5 % reads 63 %, on the dashboard as in the council report")
                .isEqualTo(63);
        assertThat(OnTimeRate.of(new CommitmentTally(4, 2, 1, 1, 1)).percent()).isEqualTo(33);
        assertThat(OnTimeRate.of(CommitmentTally.NONE).percent()).isNull();
    }
}
