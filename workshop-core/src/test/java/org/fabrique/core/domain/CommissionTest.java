package org.fabrique.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CommissionTest {

    private static final ResourceRef WORKSHOP = new ResourceRef(ResourceKind.WORKSHOP, 4);
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private static Commission evaluation() {
        return new Commission(CommissionKind.EVALUATION, WORKSHOP, "Personnes âgées", "  Évaluer l'isolement  ",
                "  ", null, 7L, "pole", AT);
    }

    @Test
    void keepsTheOrderTrimmedAndWaitsForItsTarget() {
        Commission commission = evaluation();

        assertThat(commission.getTitle()).isEqualTo("Évaluer l'isolement");
        assertThat(commission.getBrief()).isNull();
        assertThat(commission.getOrigin()).isEqualTo(WORKSHOP);
        assertThat(commission.isFulfilled()).isFalse();
    }

    @Test
    void isFulfilledOnceByARecordOfTheCommissionedKind() {
        Commission commission = evaluation();

        assertThatThrownBy(() -> commission.fulfil(new ResourceRef(ResourceKind.CANDIDATE_PROJECT, 3)))
                .isInstanceOf(IllegalArgumentException.class);
        commission.fulfil(new ResourceRef(ResourceKind.EVALUATION, 3));

        assertThat(commission.getTarget()).isEqualTo(new ResourceRef(ResourceKind.EVALUATION, 3));
        assertThatThrownBy(() -> commission.fulfil(new ResourceRef(ResourceKind.EVALUATION, 5)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(commission.getTarget().id()).isEqualTo(3);
    }

    @Test
    void aCandidateProjectNeedsItsDirectorate() {
        assertThatThrownBy(() -> new Commission(CommissionKind.CANDIDATE_PROJECT, WORKSHOP, "Sport", "Un panel", null,
                null, null, "pole", AT)).isInstanceOf(IllegalArgumentException.class);

        Commission commission = new Commission(CommissionKind.CANDIDATE_PROJECT, WORKSHOP, "Sport", "Un panel", null,
                12L, null, "pole", AT);
        assertThat(commission.getKind().targetKind()).isEqualTo(ResourceKind.CANDIDATE_PROJECT);
        assertThat(commission.getDirectorateId()).isEqualTo(12L);
    }

    @Test
    void refusesAnEmptyTitle() {
        assertThatThrownBy(() -> new Commission(CommissionKind.EVALUATION, WORKSHOP, "Sport", " ", null, null, null,
                "pole", AT)).isInstanceOf(IllegalArgumentException.class);
    }
}
