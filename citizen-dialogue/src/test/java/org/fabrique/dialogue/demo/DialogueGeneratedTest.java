package org.fabrique.dialogue.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.fabrique.dialogue.demo.DialogueDemoTexts.Outcome;
import org.junit.jupiter.api.Test;

/** How the generated dialogue shares a scale out over programmes, and its candidates' outcomes. */
class DialogueGeneratedTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void a_scale_is_shared_over_programmes_of_four_units_within_the_years_since_2000() {
        assertThat(DialogueGenerated.programmesAt(1, TODAY)).isEqualTo(1);
        assertThat(DialogueGenerated.programmesAt(10, TODAY)).isEqualTo(3);
        assertThat(DialogueGenerated.programmesAt(100, TODAY)).isEqualTo(25);
        assertThat(DialogueGenerated.programmesAt(1000, TODAY)).as("2000 to 2024").isEqualTo(25);
        for (int scale : new int[] {1, 3, 10, 99, 100, 101, 1000}) {
            int programmes = DialogueGenerated.programmesAt(scale, TODAY);
            int units = IntStream.range(0, programmes).map(step -> DialogueGenerated.unitsOf(step, scale, programmes)).sum();
            assertThat(units).as("every unit of scale %d generated once", scale).isEqualTo(scale);
            assertThat(IntStream.range(0, programmes).map(step -> DialogueGenerated.unitsOf(step, scale, programmes)).min()
                    .orElseThrow()).isPositive();
        }
        assertThat(DialogueGenerated.unitsOf(0, 10, 3)).isEqualTo(4);
        assertThat(DialogueGenerated.unitsOf(2, 10, 3)).isEqualTo(3);
    }

    @Test
    void fifty_candidates_give_forty_retained_and_the_others_deferred_rejected_or_withdrawn() {
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        IntStream.range(0, 50).forEach(i -> outcomes.merge(DialogueGenerated.outcomeOf(i), 1, Integer::sum));
        assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(Outcome.RETAINED, 40, Outcome.DEFERRED, 4,
                Outcome.REJECTED, 3, Outcome.WITHDRAWN, 3));
    }
}
