package org.fabrique.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EvaluativeQuestionTest {

    @Test
    void aQuestionIsTiedToAtLeastOneCriterion() {
        assertThatThrownBy(() -> new EvaluativeQuestion(1, 1, "Les Ateliers ont-ils aidé à la décision ?", Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        EvaluativeQuestion question = new EvaluativeQuestion(1, 1, "Les Ateliers ont-ils aidé à la décision ?",
                List.of(Criterion.EFFECTIVENESS, Criterion.IMPACT));
        assertThat(question.getCriteria()).containsExactlyInAnyOrder(Criterion.EFFECTIVENESS, Criterion.IMPACT);

        assertThatThrownBy(() -> question.reword("Autre formulation", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(question.getText()).isEqualTo("Les Ateliers ont-ils aidé à la décision ?");
        assertThat(question.getCriteria()).hasSize(2);
    }

    @Test
    void theFindingIsBlankUntilTheAnalysisWritesIt() {
        EvaluativeQuestion question = new EvaluativeQuestion(1, 2, "Question", Set.of(Criterion.RELEVANCE));
        assertThat(question.getFinding()).isNull();
        question.writeFinding("Une fonction de socialisation aux enjeux urbains.");
        assertThat(question.getFinding()).isEqualTo("Une fonction de socialisation aux enjeux urbains.");
        question.writeFinding("   ");
        assertThat(question.getFinding()).isNull();
    }

    @Test
    void ranksStartAtOne() {
        assertThatThrownBy(() -> new EvaluativeQuestion(1, 0, "Question", Set.of(Criterion.RELEVANCE)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
