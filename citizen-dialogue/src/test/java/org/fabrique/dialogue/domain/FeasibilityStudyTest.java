package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fabrique.dialogue.domain.Examples.NOW;
import static org.fabrique.dialogue.domain.Examples.assessments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeasibilityStudyTest {

    @Test
    void theCriteriaAreReadInTheOrderOfTheStudyWhateverTheOrderGiven() {
        List<CriterionAssessment> given = new ArrayList<>(assessments(FeasibilityCriterion.values()));
        Collections.reverse(given);

        FeasibilityStudy study = new FeasibilityStudy(given, FeasibilityOpinion.FEASIBLE_WITH_CONDITIONS,
                "  Sous réserve d'un budget.  ", " pole ", NOW);

        assertThat(study.criteria()).extracting(CriterionAssessment::criterion)
                .containsExactly(FeasibilityCriterion.HIGH_STAKES, FeasibilityCriterion.SUPPORT_AND_OPENNESS,
                        FeasibilityCriterion.LEVERS_OF_ACTION, FeasibilityCriterion.RESOURCES_AND_CALENDAR);
        assertThat(study.opinion()).isEqualTo(FeasibilityOpinion.FEASIBLE_WITH_CONDITIONS);
        assertThat(study.comment()).isEqualTo("Sous réserve d'un budget.");
        assertThat(study.studiedBy()).isEqualTo("pole");
        assertThat(study.studiedAt()).isEqualTo(NOW);
    }

    @Test
    void eachCriterionCanBeReadByName() {
        FeasibilityStudy study = new FeasibilityStudy(List.of(
                new CriterionAssessment(FeasibilityCriterion.HIGH_STAKES, Assessment.FAVOURABLE, null),
                new CriterionAssessment(FeasibilityCriterion.SUPPORT_AND_OPENNESS, Assessment.RESERVATIONS,
                        " Portage à confirmer "),
                new CriterionAssessment(FeasibilityCriterion.LEVERS_OF_ACTION, Assessment.FAVOURABLE, ""),
                new CriterionAssessment(FeasibilityCriterion.RESOURCES_AND_CALENDAR, Assessment.UNFAVOURABLE, null)),
                FeasibilityOpinion.NOT_FEASIBLE, null, "pole", NOW);

        CriterionAssessment support = study.criterion(FeasibilityCriterion.SUPPORT_AND_OPENNESS);
        assertThat(support.assessment()).isEqualTo(Assessment.RESERVATIONS);
        assertThat(support.comment()).isEqualTo("Portage à confirmer");
        assertThat(study.criterion(FeasibilityCriterion.LEVERS_OF_ACTION).comment()).isNull();
        assertThat(study.comment()).isNull();
    }

    @Test
    void aMissingCriterionIsRefused() {
        assertThatThrownBy(() -> new FeasibilityStudy(assessments(FeasibilityCriterion.HIGH_STAKES,
                FeasibilityCriterion.SUPPORT_AND_OPENNESS, FeasibilityCriterion.LEVERS_OF_ACTION),
                FeasibilityOpinion.FEASIBLE, null, "pole", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RESOURCES_AND_CALENDAR");
        assertThatThrownBy(() -> new FeasibilityStudy(List.of(), FeasibilityOpinion.FEASIBLE, null, "pole", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("criteria");
    }

    @Test
    void aCriterionAssessedTwiceIsRefused() {
        List<CriterionAssessment> twice = new ArrayList<>(assessments(FeasibilityCriterion.values()));
        twice.add(new CriterionAssessment(FeasibilityCriterion.HIGH_STAKES, Assessment.UNFAVOURABLE, null));

        assertThatThrownBy(() -> new FeasibilityStudy(twice, FeasibilityOpinion.FEASIBLE, null, "pole", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HIGH_STAKES");
    }

    @Test
    void commentsHaveAtMost2000Characters() {
        assertThatThrownBy(() -> new CriterionAssessment(FeasibilityCriterion.HIGH_STAKES, Assessment.FAVOURABLE,
                "x".repeat(2001))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comment");
        assertThatThrownBy(() -> new FeasibilityStudy(assessments(FeasibilityCriterion.values()),
                FeasibilityOpinion.FEASIBLE, "x".repeat(2001), "pole", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comment");
        assertThat(new CriterionAssessment(FeasibilityCriterion.HIGH_STAKES, Assessment.FAVOURABLE,
                "x".repeat(2000)).comment()).hasSize(2000);
    }

    @Test
    void theOpinionAuthorAndDateAreRequired() {
        List<CriterionAssessment> all = assessments(FeasibilityCriterion.values());

        assertThatNullPointerException().isThrownBy(() -> new FeasibilityStudy(all, null, null, "pole", NOW))
                .withMessageContaining("opinion");
        assertThatThrownBy(() -> new FeasibilityStudy(all, FeasibilityOpinion.FEASIBLE, null, " ", NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("studiedBy");
        assertThatNullPointerException()
                .isThrownBy(() -> new FeasibilityStudy(all, FeasibilityOpinion.FEASIBLE, null, "pole", null))
                .withMessageContaining("studiedAt");
        assertThatNullPointerException()
                .isThrownBy(() -> new CriterionAssessment(FeasibilityCriterion.HIGH_STAKES, null, null))
                .withMessageContaining("assessment");
    }
}
