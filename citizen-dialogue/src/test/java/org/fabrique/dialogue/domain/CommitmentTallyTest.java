package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitmentTallyTest {

    private static final LocalDate RECORDED = LocalDate.of(2026, 5, 4);
    private static final LocalDate DUE = LocalDate.of(2026, 8, 2);
    private static final Instant AT = Instant.parse("2026-06-01T10:00:00Z");

    private final DialogueProject project = Examples.dialogueProject();

    private Recommendation awaiting() {
        return new Recommendation(project, null, "Ouvrir la mairie le samedi", 3, RECORDED, DUE, "pole");
    }

    private Recommendation answered(AnswerPosition position, LocalDate on) {
        Recommendation r = awaiting();
        r.answer(position, "La direction répond", null, "direction", on, AT);
        return r;
    }

    @Test
    void counts_with_the_domains_rules_an_interim_answer_still_awaiting() {
        List<Recommendation> recommendations = List.of(
                awaiting(),
                answered(AnswerPosition.UNDER_STUDY, RECORDED.plusDays(3)),
                answered(AnswerPosition.RETAINED, DUE),
                answered(AnswerPosition.NOT_RETAINED, DUE.plusDays(1)),
                new Recommendation(project, null, "Plus tard", 3, DUE, DUE.plusDays(90), "pole"));

        assertThat(CommitmentTally.of(recommendations, DUE)).as("on the due date nothing is overdue yet")
                .isEqualTo(new CommitmentTally(5, 3, 0, 1, 1));
        assertThat(CommitmentTally.of(recommendations, DUE.plusDays(1)))
                .isEqualTo(new CommitmentTally(5, 3, 2, 1, 1));
    }

    @Test
    void tallies_add_up_and_none_is_neutral() {
        CommitmentTally culture = new CommitmentTally(10, 4, 2, 5, 1);
        CommitmentTally sports = new CommitmentTally(3, 1, 1, 0, 2);

        assertThat(culture.plus(sports)).isEqualTo(new CommitmentTally(13, 5, 3, 5, 3));
        assertThat(CommitmentTally.NONE.plus(culture)).isEqualTo(culture);
        assertThat(culture.answered()).isEqualTo(6);
        assertThat(CommitmentTally.of(List.of(), DUE)).isEqualTo(CommitmentTally.NONE);
    }

    @Test
    void counts_that_do_not_add_up_are_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CommitmentTally(3, 1, 2, 1, 1))
                .withMessageContaining("overdue");
        assertThatIllegalArgumentException().isThrownBy(() -> new CommitmentTally(4, 1, 0, 1, 1))
                .withMessageContaining("total");
        assertThatIllegalArgumentException().isThrownBy(() -> new CommitmentTally(-1, 0, 0, 0, -1));
    }
}
