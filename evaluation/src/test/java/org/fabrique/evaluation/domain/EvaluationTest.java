package org.fabrique.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.fabrique.core.domain.ResourceKind;
import org.fabrique.core.domain.ResourceRef;
import org.fabrique.core.domain.StateConflict;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    static final LocalDate START = LocalDate.of(2013, 9, 1);
    static final EvaluationProgramme PROGRAMME = EvaluationProgramme.ofYear(2013);

    static Framing framing(String title, LocalDate start, LocalDate end) {
        return new Framing(title, EvaluationObject.METHOD, "Les Ateliers prospectifs 2008-2013", null,
                "Commande directe du pôle", EvaluationType.EX_POST, false, EvaluatorKind.EXTERNAL_FIRM, "Romain Pasquier",
                start, end);
    }

    static Evaluation ateliers() {
        return new Evaluation(PROGRAMME, framing("Évaluation des Ateliers prospectifs", START, START.plusMonths(3)), null);
    }

    private static void assertConflict(String key, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(StateConflict.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void anEvaluationIsFramedFirstAndMovesForwardOneStepAtATime() {
        Evaluation evaluation = ateliers();
        assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.FRAMING);

        evaluation.advance(EvaluationStatus.DATA_COLLECTION);
        evaluation.advance(EvaluationStatus.ANALYSIS);
        evaluation.advance(EvaluationStatus.REPORTED);
        evaluation.advance(EvaluationStatus.FOLLOW_UP);

        assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.FOLLOW_UP);
        assertConflict("evaluation.status.last", () -> evaluation.advance(EvaluationStatus.FOLLOW_UP));
    }

    @Test
    void aSkipAStepBackOrTheSameStepIsRefusedAndChangesNothing() {
        Evaluation evaluation = ateliers();
        assertConflict("evaluation.status.notNext", () -> evaluation.advance(EvaluationStatus.ANALYSIS));
        assertConflict("evaluation.status.notNext", () -> evaluation.advance(EvaluationStatus.FRAMING));
        evaluation.advance(EvaluationStatus.DATA_COLLECTION);
        assertConflict("evaluation.status.notNext", () -> evaluation.advance(EvaluationStatus.FRAMING));
        assertConflict("evaluation.status.notNext", () -> evaluation.advance(EvaluationStatus.DATA_COLLECTION));
        assertConflict("evaluation.status.notNext", () -> evaluation.advance(EvaluationStatus.FOLLOW_UP));
        assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.DATA_COLLECTION);
    }

    @Test
    void theFramingTheSummaryAndTheCommitteeChangeUntilTheFollowUpStarts() {
        Evaluation evaluation = ateliers();
        evaluation.advance(EvaluationStatus.DATA_COLLECTION);
        evaluation.advance(EvaluationStatus.ANALYSIS);
        evaluation.advance(EvaluationStatus.REPORTED);
        evaluation.reframe(framing("Les Ateliers prospectifs, cinq ans après", START, null));
        evaluation.writeSummary("  Poursuivre et renforcer le dispositif.  ");
        evaluation.appointSteeringCommittee(List.of(3L, 4L));

        assertThat(evaluation.getTitle()).isEqualTo("Les Ateliers prospectifs, cinq ans après");
        assertThat(evaluation.getEnd()).isNull();
        assertThat(evaluation.getSummary()).isEqualTo("Poursuivre et renforcer le dispositif.");
        assertThat(evaluation.isOnSteeringCommittee(3L)).isTrue();
        assertThat(evaluation.isOnSteeringCommittee(5L)).isFalse();

        evaluation.advance(EvaluationStatus.FOLLOW_UP);
        assertConflict("evaluation.frozen", () -> evaluation.reframe(framing("Autre titre", START, null)));
        assertConflict("evaluation.frozen", () -> evaluation.writeSummary("Autre"));
        assertConflict("evaluation.frozen", () -> evaluation.appointSteeringCommittee(List.of(5L)));
        assertConflict("evaluation.frozen", evaluation::requireEditable);
        assertThat(evaluation.getTitle()).isEqualTo("Les Ateliers prospectifs, cinq ans après");
        assertThat(evaluation.getSteeringCommittee()).containsExactlyInAnyOrder(3L, 4L);
    }

    @Test
    void anEvaluationEndsOnOrAfterItsStartAndNeedsATitleAndAnOrigin() {
        assertThatThrownBy(() -> new Evaluation(PROGRAMME, framing("Titre", START, START.minusDays(1)), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Evaluation(PROGRAMME, framing("Titre", START, START), null).getEnd()).isEqualTo(START);
        assertThatThrownBy(() -> new Evaluation(PROGRAMME, framing(" ", START, null), null))
                .isInstanceOf(IllegalArgumentException.class);
        Framing noOrigin = new Framing("Titre", EvaluationObject.POLICY, null, 1L, "", EvaluationType.EX_ANTE, true,
                EvaluatorKind.INTERNAL, null, START, null);
        assertThatThrownBy(() -> new Evaluation(PROGRAMME, noOrigin, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommissionedEvaluationIsFramedExPostByThePoleFromToday() {
        ResourceRef document = new ResourceRef(ResourceKind.REFERENCE_DOCUMENT, 12);
        Evaluation evaluation = Evaluation.commissioned(PROGRAMME, "Évaluer le guichet unique", "Mesurer l'accès aux droits",
                "Référentiel de l'atelier Solidarités", document, 7, 4L, START);

        assertThat(evaluation.getStatus()).isEqualTo(EvaluationStatus.FRAMING);
        assertThat(evaluation.getType()).isEqualTo(EvaluationType.EX_POST);
        assertThat(evaluation.getEvaluatorKind()).isEqualTo(EvaluatorKind.INTERNAL);
        assertThat(evaluation.getStart()).isEqualTo(START);
        assertThat(evaluation.getEnd()).isNull();
        assertThat(evaluation.getOrigin()).isEqualTo(document);
        assertThat(evaluation.getCommissionId()).isEqualTo(7L);
        assertThat(evaluation.getPolicyId()).isEqualTo(4L);
        assertThat(evaluation.getObject()).isEqualTo(EvaluationObject.POLICY);
        assertThat(evaluation.getObjectDescription()).isEqualTo("Mesurer l'accès aux droits");
    }
}
