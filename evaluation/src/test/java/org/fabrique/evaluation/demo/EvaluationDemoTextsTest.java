package org.fabrique.evaluation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fabrique.evaluation.domain.FollowUpStatus;
import org.fabrique.evaluation.domain.IntervieweeCategory;
import org.fabrique.evaluation.demo.EvaluationDemoTexts.InterviewSpec;
import org.fabrique.evaluation.demo.EvaluationDemoTexts.QuestionSpec;
import org.fabrique.evaluation.demo.EvaluationDemoTexts.QuoteSpec;
import org.fabrique.evaluation.demo.EvaluationDemoTexts.RecommendationSpec;
import org.junit.jupiter.api.Test;

/**
 * The evaluation demo's texts as data: the seed's eleven interviews split as the seed says, its quotes
 * each in an interview and tagged, its four recommendations with their follow-up, one of them overdue.
 */
class EvaluationDemoTextsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Test
    void the_seeds_eleven_interviews_are_three_elected_officials_two_deputy_general_directors_and_six_directors() {
        assertThat(EvaluationDemoTexts.INTERVIEWS).hasSize(11);
        assertThat(EvaluationDemoTexts.INTERVIEWS.stream()
                .collect(Collectors.groupingBy(InterviewSpec::category, Collectors.counting())))
                .containsOnly(
                        Map.entry(IntervieweeCategory.ELECTED_OFFICIAL, 3L),
                        Map.entry(IntervieweeCategory.DEPUTY_GENERAL_DIRECTOR, 2L),
                        Map.entry(IntervieweeCategory.DIRECTOR, 6L));
        assertThat(EvaluationDemoTexts.INTERVIEWS).extracting(InterviewSpec::on)
                .allSatisfy(on -> assertThat(on).isBetween(LocalDate.of(2013, 9, 1), LocalDate.of(2013, 10, 31)));
        assertThat(EvaluationDemoTexts.INTERVIEWS).extracting(InterviewSpec::name).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(EvaluationDemoTexts.INTERVIEWS).extracting(InterviewSpec::on)
                .allSatisfy(on -> assertThat(on).isBetween(EvaluationDemoTexts.START, EvaluationDemoTexts.END));
    }

    @Test
    void every_quote_is_unique_in_an_interview_tagged_with_a_theme_and_a_question_and_names_nobody() {
        assertInterviewsAndQuotes(EvaluationDemoTexts.INTERVIEWS, EvaluationDemoTexts.QUOTES, EvaluationDemoTexts.QUESTIONS);
        assertInterviewsAndQuotes(EvaluationDemoTexts.responseInterviews(TODAY), EvaluationDemoTexts.RESPONSE_QUOTES,
                EvaluationDemoTexts.RESPONSE_QUESTIONS);
        assertThat(EvaluationDemoTexts.QUOTES).hasSizeGreaterThanOrEqualTo(12);
        assertThat(EvaluationDemoTexts.QUOTES).extracting(q -> EvaluationDemoTexts.INTERVIEWS.get(q.interview()).category())
                .contains(IntervieweeCategory.ELECTED_OFFICIAL, IntervieweeCategory.DEPUTY_GENERAL_DIRECTOR,
                        IntervieweeCategory.DIRECTOR);
        assertThat(EvaluationDemoTexts.responseInterviews(TODAY)).extracting(InterviewSpec::category)
                .contains(IntervieweeCategory.CITIZEN, IntervieweeCategory.AGENT, IntervieweeCategory.PARTNER)
                .doesNotContain(IntervieweeCategory.ELECTED_OFFICIAL);
        assertThat(EvaluationDemoTexts.responseInterviews(TODAY)).extracting(InterviewSpec::on)
                .allSatisfy(on -> assertThat(on).isBefore(TODAY).isAfter(TODAY.minusMonths(3)));
    }

    @Test
    void the_seeds_questions_have_criteria_and_findings() {
        assertThat(EvaluationDemoTexts.QUESTIONS).hasSize(4).allSatisfy(q -> {
            assertThat(q.criteria()).isNotEmpty();
            assertThat(q.finding()).isNotBlank();
        });
        assertThat(EvaluationDemoTexts.RESPONSE_QUESTIONS).hasSizeBetween(2, 3)
                .allSatisfy(q -> assertThat(q.criteria()).isNotEmpty());
    }

    @Test
    void the_seeds_four_recommendations_are_followed_up_and_one_is_overdue() {
        assertThat(EvaluationDemoTexts.RECOMMENDATIONS).extracting(RecommendationSpec::text).containsExactly(
                "Poursuivre et renforcer le dispositif, en particulier dans un contexte de renouvellement des élus",
                "Assumer la distinction entre des Ateliers « Grands enjeux » et des Ateliers « Politiques publiques »",
                "Travailler l'articulation avec l'échelle métropolitaine, en particulier sur les Ateliers « Grands enjeux »",
                "Ouvrir les Ateliers à des représentants de la société civile");
        assertThat(EvaluationDemoTexts.RECOMMENDATIONS).extracting(RecommendationSpec::status)
                .contains(FollowUpStatus.DONE, FollowUpStatus.IN_PROGRESS, FollowUpStatus.PLANNED);
        assertThat(EvaluationDemoTexts.RECOMMENDATIONS).allSatisfy(r -> {
            assertThat(r.ownerLabel()).isNotBlank();
            assertThat(r.comment()).isNotBlank();
            assertThat(r.due(TODAY)).isNotNull();
        });
        assertThat(EvaluationDemoTexts.RECOMMENDATIONS)
                .filteredOn(r -> !r.status().isFinished() && r.due(TODAY).isBefore(TODAY))
                .singleElement().extracting(RecommendationSpec::ownerDirectorate).isEqualTo("Direction de la culture");
    }

    private static void assertInterviewsAndQuotes(List<InterviewSpec> interviews, List<QuoteSpec> quotes,
            List<QuestionSpec> questions) {
        assertThat(quotes).extracting(QuoteSpec::text).allSatisfy(text -> assertThat(text).isNotBlank())
                .doesNotHaveDuplicates();
        List<String> names = interviews.stream().map(InterviewSpec::name).toList();
        assertThat(quotes).allSatisfy(quote -> {
            assertThat(quote.interview()).isBetween(0, interviews.size() - 1);
            assertThat(interviews.get(quote.interview()).category()).isNotNull();
            assertThat(quote.themes()).isNotEmpty().allSatisfy(theme -> assertThat(theme).isNotBlank());
            assertThat(quote.questions()).isNotEmpty().allSatisfy(q -> assertThat(q).isBetween(0, questions.size() - 1));
            assertThat(quote.text()).doesNotContain(names);
        });
    }
}
