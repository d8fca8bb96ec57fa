package org.fabrique.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EvaluationRecommendationTest {

    static final LocalDate DUE = LocalDate.of(2014, 6, 30);

    private static EvaluationRecommendation due(FollowUpStatus status) {
        EvaluationRecommendation recommendation = new EvaluationRecommendation(1, 1,
                "Ouvrir les Ateliers à des représentants de la société civile");
        recommendation.assign(4L, "Direction générale", DUE);
        recommendation.followUp(status, null);
        return recommendation;
    }

    @ParameterizedTest
    @EnumSource(value = FollowUpStatus.class, names = {"PLANNED", "IN_PROGRESS"})
    void anOpenRecommendationIsOverdueTheDayAfterItsDueDate(FollowUpStatus status) {
        EvaluationRecommendation recommendation = due(status);
        assertThat(recommendation.isOverdue(DUE)).isFalse();
        assertThat(recommendation.isOverdue(DUE.plusDays(1))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = FollowUpStatus.class, names = {"DONE", "ABANDONED"})
    void aFinishedRecommendationIsNeverOverdue(FollowUpStatus status) {
        assertThat(due(status).isOverdue(DUE.plusYears(1))).isFalse();
    }

    @Test
    void withoutADueDateNothingIsOverdue() {
        EvaluationRecommendation recommendation = new EvaluationRecommendation(1, 2, "Assumer la distinction");
        assertThat(recommendation.isOverdue(DUE.plusYears(5))).isFalse();
        assertThat(recommendation.getStatus()).isEqualTo(FollowUpStatus.PLANNED);
    }

    @Test
    void theFollowUpCanBeReopenedWithAComment() {
        EvaluationRecommendation recommendation = due(FollowUpStatus.ABANDONED);
        recommendation.followUp(FollowUpStatus.IN_PROGRESS, "Repris avec Nantes Métropole");
        assertThat(recommendation.getFollowUpComment()).isEqualTo("Repris avec Nantes Métropole");
        assertThat(recommendation.isOverdue(DUE.plusDays(1))).isTrue();
    }
}
