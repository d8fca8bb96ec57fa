package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PipelineStageTest {

    @Test
    void a_candidate_is_at_its_status_and_an_arbitrated_one_at_its_decision() {
        Programme programme = Examples.programme();

        assertThat(PipelineStage.of(Examples.draft(programme))).isEqualTo(PipelineStage.DRAFT);
        assertThat(PipelineStage.of(Examples.submitted(programme))).isEqualTo(PipelineStage.SUBMITTED);
        assertThat(PipelineStage.of(Examples.studied(programme))).isEqualTo(PipelineStage.STUDIED);
        assertThat(PipelineStage.of(Examples.arbitrated(programme, ArbitrationDecision.RETAINED))).isEqualTo(PipelineStage.RETAINED);
        assertThat(PipelineStage.of(Examples.arbitrated(programme, ArbitrationDecision.DEFERRED))).isEqualTo(PipelineStage.DEFERRED);
        assertThat(PipelineStage.of(Examples.arbitrated(programme, ArbitrationDecision.REJECTED))).isEqualTo(PipelineStage.REJECTED);
        CandidateProject withdrawn = Examples.submitted(programme);
        withdrawn.withdraw(Examples.NOW);
        assertThat(PipelineStage.of(withdrawn)).isEqualTo(PipelineStage.WITHDRAWN);
    }

    @Test
    void the_decision_only_matters_once_arbitrated_where_it_is_required() {
        assertThat(PipelineStage.of(CandidateStatus.STUDIED, ArbitrationDecision.RETAINED)).isEqualTo(PipelineStage.STUDIED);
        assertThatIllegalArgumentException().isThrownBy(() -> PipelineStage.of(CandidateStatus.ARBITRATED, null));
    }
}
