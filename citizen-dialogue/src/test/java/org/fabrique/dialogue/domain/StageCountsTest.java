package org.fabrique.dialogue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class StageCountsTest {

    @Test
    void counts_add_up_stage_by_stage_and_a_stage_not_counted_has_none() {
        StageCounts culture = StageCounts.NONE.plus(PipelineStage.RETAINED, 3).plus(PipelineStage.WITHDRAWN, 1);
        StageCounts sports = StageCounts.NONE.plus(PipelineStage.RETAINED, 2).plus(PipelineStage.DRAFT, 4);

        StageCounts both = culture.plus(sports);

        assertThat(both.count(PipelineStage.RETAINED)).isEqualTo(5);
        assertThat(both.count(PipelineStage.DRAFT)).isEqualTo(4);
        assertThat(both.count(PipelineStage.STUDIED)).isZero();
        assertThat(both.total()).isEqualTo(10);
        assertThat(culture.count(PipelineStage.RETAINED)).as("unchanged").isEqualTo(3);
        assertThat(StageCounts.NONE.total()).isZero();
    }

    @Test
    void equal_counts_are_equal_whatever_zeros_they_hold() {
        assertThat(StageCounts.NONE.plus(PipelineStage.DRAFT, 0)).isEqualTo(StageCounts.NONE)
                .hasSameHashCodeAs(StageCounts.NONE);
        assertThat(StageCounts.NONE.plus(PipelineStage.DRAFT, 2))
                .isEqualTo(StageCounts.NONE.plus(PipelineStage.DRAFT, 1).plus(PipelineStage.DRAFT, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> StageCounts.NONE.plus(PipelineStage.DRAFT, -1));
    }
}
