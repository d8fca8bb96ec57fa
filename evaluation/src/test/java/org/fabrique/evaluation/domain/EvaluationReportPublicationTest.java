package org.fabrique.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.fabrique.core.domain.StateConflict;
import org.junit.jupiter.api.Test;

class EvaluationReportPublicationTest {

    static final Instant MONDAY = Instant.parse("2014-03-03T09:00:00Z");

    private static Evaluation at(EvaluationStatus wanted) {
        Evaluation evaluation = EvaluationTest.ateliers();
        while (evaluation.getStatus() != wanted) {
            evaluation.advance(evaluation.getStatus().next());
        }
        return evaluation;
    }

    @Test
    void aReportIsPublishedOnceReportedOrInFollowUp() {
        Evaluation reported = at(EvaluationStatus.REPORTED);
        reported.publishReport(MONDAY);
        assertThat(reported.isReportPublished()).isTrue();
        assertThat(reported.getReportPublishedAt()).isEqualTo(MONDAY);

        Evaluation followedUp = at(EvaluationStatus.FOLLOW_UP);
        followedUp.publishReport(MONDAY);
        assertThat(followedUp.getReportPublishedAt()).isEqualTo(MONDAY);
    }

    @Test
    void noReportIsPublishedBeforeItIsWritten() {
        for (EvaluationStatus early : new EvaluationStatus[] {EvaluationStatus.FRAMING, EvaluationStatus.DATA_COLLECTION,
                EvaluationStatus.ANALYSIS}) {
            Evaluation evaluation = at(early);
            assertThatThrownBy(() -> evaluation.publishReport(MONDAY)).isInstanceOfSatisfying(StateConflict.class,
                    e -> assertThat(e.messageKey()).isEqualTo("evaluation.report.notReported"));
            assertThat(evaluation.isReportPublished()).isFalse();
            assertThat(evaluation.getReportPublishedAt()).isNull();
        }
    }

    @Test
    void publishingAgainKeepsTheFirstDate() {
        Evaluation evaluation = at(EvaluationStatus.REPORTED);
        evaluation.publishReport(MONDAY);
        evaluation.advance(EvaluationStatus.FOLLOW_UP);
        evaluation.publishReport(MONDAY.plusSeconds(86_400));
        assertThat(evaluation.getReportPublishedAt()).isEqualTo(MONDAY);
    }

    @Test
    void aNewEvaluationIsNotPublished() {
        assertThat(EvaluationTest.ateliers().isReportPublished()).isFalse();
    }

    @Test
    void thePagesQuestionsAgreeWithTheActionsAtEveryStep() {
        for (EvaluationStatus status : EvaluationStatus.values()) {
            Evaluation evaluation = at(status);
            boolean publishable = evaluation.isReportPublishable();
            boolean editable = evaluation.isEditable();
            assertThat(publishable).as("publishable in " + status)
                    .isEqualTo(status == EvaluationStatus.REPORTED || status == EvaluationStatus.FOLLOW_UP);
            assertThat(editable).as("editable in " + status).isEqualTo(accepted(evaluation::requireEditable));
            assertThat(accepted(() -> evaluation.publishReport(MONDAY))).as("publish in " + status).isEqualTo(publishable);
            assertThat(evaluation.isReportPublishable()).as("once public, in " + status).isFalse();
        }
    }

    private static boolean accepted(Runnable action) {
        try {
            action.run();
            return true;
        } catch (StateConflict e) {
            return false;
        }
    }
}
