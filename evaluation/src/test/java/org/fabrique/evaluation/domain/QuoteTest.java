package org.fabrique.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteTest {

    private static final Interview INTERVIEW = new Interview(1, IntervieweeCategory.ELECTED_OFFICIAL, null,
            LocalDate.of(2013, 10, 3), "Romain Pasquier", null);

    @Test
    void theTextIsKeptVerbatimSpacesEllipsesAndLineBreaksIncluded() {
        String said = " « On avait appris des choses, (...). Et puis au lieu de construire chacun sa politique dans son coin,\n"
                + "et bien voilà, on discutait tous ensemble. »  ";
        Quote quote = new Quote(INTERVIEW, said, List.of(" socialisation ", "transversalité"), List.of(3L));

        assertThat(quote.getText()).isEqualTo(said);
        assertThat(quote.getThemes()).containsExactlyInAnyOrder("socialisation", "transversalité");
        assertThat(quote.getQuestionIds()).containsExactly(3L);
    }

    @Test
    void aBlankQuoteOrABlankThemeIsRefused() {
        assertThatThrownBy(() -> new Quote(INTERVIEW, " \n ", Set.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quote(INTERVIEW, "Texte", Set.of(" "), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retaggingReplacesThemesAndQuestions() {
        Quote quote = new Quote(INTERVIEW, "Texte", Set.of("métropole"), Set.of(1L));
        quote.retag(Set.of("société civile"), Set.of(2L, 4L));
        assertThat(quote.getThemes()).containsExactly("société civile");
        assertThat(quote.getQuestionIds()).containsExactlyInAnyOrder(2L, 4L);
    }
}
