package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fabrique.dialogue.domain.Examples.SPORTS;
import static org.fabrique.dialogue.domain.Examples.assertConflict;
import static org.fabrique.dialogue.domain.Examples.dialogueProject;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecommendationTest {

    private static final LocalDate RECORDED = LocalDate.of(2026, 5, 20);
    /** The 2026 programme answers within 90 days. */
    private static final LocalDate DUE = LocalDate.of(2026, 8, 18);
    private static final Instant ANSWERED_AT = Instant.parse("2026-07-01T10:00:00Z");
    private static final Instant PUBLISHED_AT = Instant.parse("2026-07-15T08:00:00Z");

    private final DialogueProject project = dialogueProject();

    private Recommendation recommendation() {
        return new Recommendation(project, 7L, "  Ouvrir la mairie le samedi matin.  ", SPORTS, RECORDED,
                project.getProgramme().dueDateFor(RECORDED), "pole");
    }

    @Nested
    class Recording {

        @Test
        void aRecommendationAwaitsItsAnswerUntilItsDueDate() {
            Recommendation recommendation = recommendation();

            assertThat(recommendation.getProject()).isSameAs(project);
            assertThat(recommendation.getSessionId()).isEqualTo(7L);
            assertThat(recommendation.getText()).isEqualTo("Ouvrir la mairie le samedi matin.");
            assertThat(recommendation.getDirectorateId()).isEqualTo(SPORTS);
            assertThat(recommendation.getRecordedOn()).isEqualTo(RECORDED);
            assertThat(recommendation.getDueDate()).isEqualTo(DUE);
            assertThat(recommendation.getRecordedBy()).isEqualTo("pole");
            assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.AWAITING_ANSWER);
            assertThat(recommendation.getAnswer()).isNull();
            assertThat(recommendation.isPublished()).isFalse();
            assertThat(recommendation.getPublishedAt()).isNull();
        }

        @Test
        void aRecommendationMayComeFromNoParticularSession() {
            Recommendation recommendation = new Recommendation(project, null, "Texte", SPORTS, RECORDED, DUE, "pole");

            assertThat(recommendation.getSessionId()).isNull();
        }

        @Test
        void theTextIsRequiredAndAtMost4000Characters() {
            assertThatThrownBy(() -> new Recommendation(project, null, " ", SPORTS, RECORDED, DUE, "pole"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
            assertThatThrownBy(() -> new Recommendation(project, null, "x".repeat(4001), SPORTS, RECORDED, DUE,
                    "pole")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
            assertThat(new Recommendation(project, null, "x".repeat(4000), SPORTS, RECORDED, DUE, "pole").getText())
                    .hasSize(4000);
        }

        @Test
        void theDueDateIsNotBeforeTheRecordingDate() {
            assertThatThrownBy(() -> new Recommendation(project, null, "Texte", SPORTS, RECORDED,
                    RECORDED.minusDays(1), "pole")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("dueDate");
        }

        @Test
        void theOtherArgumentsAreChecked() {
            assertThatNullPointerException().isThrownBy(
                    () -> new Recommendation(null, null, "Texte", SPORTS, RECORDED, DUE, "pole"))
                    .withMessageContaining("project");
            assertThatThrownBy(() -> new Recommendation(project, 0L, "Texte", SPORTS, RECORDED, DUE, "pole"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sessionId");
            assertThatThrownBy(() -> new Recommendation(project, null, "Texte", -1, RECORDED, DUE, "pole"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("directorateId");
            assertThatNullPointerException().isThrownBy(
                    () -> new Recommendation(project, null, "Texte", SPORTS, null, DUE, "pole"))
                    .withMessageContaining("recordedOn");
            assertThatNullPointerException().isThrownBy(
                    () -> new Recommendation(project, null, "Texte", SPORTS, RECORDED, null, "pole"))
                    .withMessageContaining("dueDate");
            assertThatThrownBy(() -> new Recommendation(project, null, "Texte", SPORTS, RECORDED, DUE, " "))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recordedBy");
        }
    }

    @Nested
    class Answering {

        @ParameterizedTest
        @EnumSource(value = AnswerPosition.class, names = {"RETAINED", "RETAINED_WITH_CHANGES", "NOT_RETAINED"})
        void aFinalAnswerAnswersTheRecommendation(AnswerPosition position) {
            Recommendation recommendation = recommendation();

            recommendation.answer(position, " Réponse motivée. ", " Ouverture en septembre. ", "direction2",
                    DUE.minusDays(10), ANSWERED_AT);

            assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.ANSWERED);
            Answer answer = recommendation.getAnswer();
            assertThat(answer.position()).isEqualTo(position);
            assertThat(answer.text()).isEqualTo("Réponse motivée.");
            assertThat(answer.plannedActions()).isEqualTo("Ouverture en septembre.");
            assertThat(answer.answeredBy()).isEqualTo("direction2");
            assertThat(answer.answeredOn()).isEqualTo(DUE.minusDays(10));
            assertThat(answer.answeredAt()).isEqualTo(ANSWERED_AT);
            assertThat(answer.isInterim()).isFalse();
        }

        @Test
        void aRetainedAnswerNeedsNoText() {
            Recommendation recommendation = recommendation();

            recommendation.answer(AnswerPosition.RETAINED, null, null, "direction2", RECORDED, ANSWERED_AT);

            assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.ANSWERED);
            assertThat(recommendation.getAnswer().text()).isNull();
        }

        @Test
        void aNotRetainedAnswerMustBeJustified() {
            Recommendation recommendation = recommendation();

            assertConflict("dialogue.answer.justificationRequired", () -> recommendation.answer(
                    AnswerPosition.NOT_RETAINED, "  ", "Rien", "direction2", RECORDED, ANSWERED_AT));
            assertConflict("dialogue.answer.justificationRequired", () -> recommendation.answer(
                    AnswerPosition.NOT_RETAINED, null, null, "direction2", RECORDED, ANSWERED_AT));

            assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.AWAITING_ANSWER);
            assertThat(recommendation.getAnswer()).isNull();
        }

        @Test
        void anUnderStudyAnswerIsInterimAndKeepsTheCommitmentRunning() {
            Recommendation recommendation = recommendation();

            recommendation.answer(AnswerPosition.UNDER_STUDY, "Étude en cours.", null, "direction2", RECORDED,
                    ANSWERED_AT);

            assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.AWAITING_ANSWER);
            assertThat(recommendation.getAnswer().position()).isEqualTo(AnswerPosition.UNDER_STUDY);
            assertThat(recommendation.getAnswer().isInterim()).isTrue();
            assertThat(recommendation.isOverdue(DUE.plusDays(1))).isTrue();
            assertThat(recommendation.answeredOnTime()).isFalse();
        }

        @Test
        void aFinalAnswerCanFollowAnInterimOne() {
            Recommendation recommendation = recommendation();
            recommendation.answer(AnswerPosition.UNDER_STUDY, "Étude en cours.", null, "direction2", RECORDED,
                    ANSWERED_AT);

            recommendation.answer(AnswerPosition.RETAINED_WITH_CHANGES, "Le samedi, un sur deux.", null, "direction2",
                    DUE, ANSWERED_AT.plusSeconds(86_400));

            assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.ANSWERED);
            assertThat(recommendation.getAnswer().position()).isEqualTo(AnswerPosition.RETAINED_WITH_CHANGES);
        }

        @Test
        void anUnpublishedAnswerCanBeReplacedEvenByAnInterimOne() {
            Recommendation recommendation = recommendation();
            recommendation.answer(AnswerPosition.RETAINED, "Oui.", null, "direction2", RECORDED, ANSWERED_AT);

            recommendation.answer(AnswerPosition.UNDER_STUDY, "Finalement à l'étude.", null, "pole", RECORDED,
                    ANSWERED_AT);

            assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.AWAITING_ANSWER);
            assertThat(recommendation.getAnswer().answeredBy()).isEqualTo("pole");
        }

        @Test
        void aPublishedAnswerCannotBeReplaced() {
            Recommendation recommendation = recommendation();
            recommendation.answer(AnswerPosition.RETAINED, "Oui.", null, "direction2", RECORDED, ANSWERED_AT);
            recommendation.publish(PUBLISHED_AT);

            assertConflict("dialogue.answer.published", () -> recommendation.answer(AnswerPosition.NOT_RETAINED,
                    "Non.", null, "direction2", RECORDED, ANSWERED_AT));
            assertThat(recommendation.getAnswer().position()).isEqualTo(AnswerPosition.RETAINED);
        }

        @Test
        void theAnswerArgumentsAreChecked() {
            Recommendation recommendation = recommendation();

            assertThatNullPointerException().isThrownBy(
                    () -> recommendation.answer(null, "Oui", null, "direction2", RECORDED, ANSWERED_AT))
                    .withMessageContaining("position");
            assertThatThrownBy(() -> recommendation.answer(AnswerPosition.RETAINED, "x".repeat(4001), null,
                    "direction2", RECORDED, ANSWERED_AT)).hasMessageContaining("text");
            assertThatThrownBy(() -> recommendation.answer(AnswerPosition.RETAINED, null, "x".repeat(4001),
                    "direction2", RECORDED, ANSWERED_AT)).hasMessageContaining("plannedActions");
            assertThatThrownBy(() -> recommendation.answer(AnswerPosition.RETAINED, null, null, " ", RECORDED,
                    ANSWERED_AT)).hasMessageContaining("answeredBy");
            assertThatNullPointerException().isThrownBy(
                    () -> recommendation.answer(AnswerPosition.RETAINED, null, null, "direction2", null, ANSWERED_AT))
                    .withMessageContaining("answeredOn");
            assertThatNullPointerException().isThrownBy(
                    () -> recommendation.answer(AnswerPosition.RETAINED, null, null, "direction2", RECORDED, null))
                    .withMessageContaining("answeredAt");
            assertThat(recommendation.getAnswer()).isNull();
        }
    }

    @Nested
    class Deadlines {

        @Test
        void anUnansweredRecommendationIsOverdueFromTheDayAfterItsDueDate() {
            Recommendation recommendation = recommendation();

            assertThat(recommendation.isOverdue(RECORDED)).isFalse();
            assertThat(recommendation.isOverdue(DUE)).isFalse();
            assertThat(recommendation.isOverdue(DUE.plusDays(1))).isTrue();
        }

        @Test
        void anAnsweredRecommendationIsNeverOverdue() {
            Recommendation recommendation = recommendation();
            recommendation.answer(AnswerPosition.RETAINED, null, null, "direction2", DUE.plusDays(30), ANSWERED_AT);

            assertThat(recommendation.isOverdue(DUE.plusDays(365))).isFalse();
        }

        @Test
        void anAnswerOnTheDueDateIsOnTime() {
            Recommendation recommendation = recommendation();
            recommendation.answer(AnswerPosition.RETAINED, null, null, "direction2", DUE, ANSWERED_AT);

            assertThat(recommendation.answeredOnTime()).isTrue();
        }

        @Test
        void anAnswerTheDayAfterIsLate() {
            Recommendation recommendation = recommendation();
            recommendation.answer(AnswerPosition.NOT_RETAINED, "Hors compétence.", null, "direction2",
                    DUE.plusDays(1), ANSWERED_AT);

            assertThat(recommendation.answeredOnTime()).isFalse();
            assertThat(recommendation.isOverdue(DUE.plusDays(2))).isFalse();
        }

        @Test
        void anUnansweredRecommendationIsNotAnsweredOnTime() {
            assertThat(recommendation().answeredOnTime()).isFalse();
        }
    }

    @Nested
    class Publication {

        @Test
        void anAnsweredRecommendationIsPublished() {
            Recommendation recommendation = recommendation();
            recommendation.answer(AnswerPosition.RETAINED, "Oui.", null, "direction2", RECORDED, ANSWERED_AT);

            recommendation.publish(PUBLISHED_AT);

            assertThat(recommendation.isPublished()).isTrue();
            assertThat(recommendation.getPublishedAt()).isEqualTo(PUBLISHED_AT);
        }

        @Test
        void aRecommendationAwaitingItsAnswerIsNotPublished() {
            Recommendation unanswered = recommendation();
            Recommendation interim = recommendation();
            interim.answer(AnswerPosition.UNDER_STUDY, "Étude.", null, "direction2", RECORDED, ANSWERED_AT);

            assertConflict("dialogue.publication.notAnswered", () -> unanswered.publish(PUBLISHED_AT));
            assertConflict("dialogue.publication.notAnswered", () -> interim.publish(PUBLISHED_AT));
            assertThat(unanswered.isPublished()).isFalse();
            assertThat(interim.isPublished()).isFalse();
        }

        @Test
        void anAnswerIsPublishedOnce() {
            Recommendation recommendation = recommendation();
            recommendation.answer(AnswerPosition.RETAINED, "Oui.", null, "direction2", RECORDED, ANSWERED_AT);
            recommendation.publish(PUBLISHED_AT);

            assertConflict("dialogue.publication.already", () -> recommendation.publish(PUBLISHED_AT.plusSeconds(60)));
            assertThat(recommendation.getPublishedAt()).isEqualTo(PUBLISHED_AT);
        }
    }

    @Nested
    class Correcting {

        @Test
        void thePoleCorrectsTheTextAndTheDirectorateWithAReason() {
            Recommendation recommendation = recommendation();
            recommendation.answer(AnswerPosition.UNDER_STUDY, "Étude en cours.", null, "direction2", RECORDED,
                    ANSWERED_AT);

            recommendation.correct("  Ouvrir la mairie le samedi.  ", Examples.CULTURE, "  Mauvaise direction  ");

            assertThat(recommendation.getText()).isEqualTo("Ouvrir la mairie le samedi.");
            assertThat(recommendation.getDirectorateId()).isEqualTo(Examples.CULTURE);
            assertThat(recommendation.getCorrectionReason()).isEqualTo("Mauvaise direction");
            assertThat(recommendation.getAnswer().position()).as("the new directorate takes over the answer")
                    .isEqualTo(AnswerPosition.UNDER_STUDY);
            assertThat(recommendation.getDueDate()).isEqualTo(DUE);
        }

        @Test
        void aCorrectionNeedsATextADirectorateAndAReason() {
            Recommendation recommendation = recommendation();

            assertThatThrownBy(() -> recommendation.correct(" ", SPORTS, "Faute")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> recommendation.correct("Texte", 0, "Faute")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> recommendation.correct("Texte", SPORTS, "  ")).isInstanceOf(IllegalArgumentException.class);
            assertThatNullPointerException().isThrownBy(() -> recommendation.correct("Texte", SPORTS, null));
            assertThatThrownBy(() -> recommendation.correct("Texte", SPORTS, "x".repeat(Recommendation.REASON_MAX_LENGTH + 1)))
                    .isInstanceOf(IllegalArgumentException.class);

            assertThat(recommendation.getText()).isEqualTo("Ouvrir la mairie le samedi matin.");
            assertThat(recommendation.getCorrectionReason()).isNull();
        }

        @Test
        void aPublishedAnswerFreezesTheRecommendation() {
            Recommendation recommendation = recommendation();
            recommendation.answer(AnswerPosition.RETAINED, "Oui.", null, "direction2", RECORDED, ANSWERED_AT);
            assertThat(recommendation.isCorrectable()).isTrue();
            assertThat(recommendation.isPublishable()).isTrue();
            recommendation.publish(PUBLISHED_AT);

            assertConflict("dialogue.recommendation.published",
                    () -> recommendation.correct("Autre", Examples.CULTURE, "Erreur"));
            assertThat(recommendation.isCorrectable()).isFalse();
            assertThat(recommendation.isPublishable()).isFalse();
            assertThat(recommendation.isAnswerable()).isFalse();
            assertThat(recommendation.getDirectorateId()).isEqualTo(SPORTS);
        }
    }
}
