package org.fabrique.dialogue.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** How many candidates are at each stage of the pipeline; a stage not counted has none. Immutable. */
public final class StageCounts {

    /** No candidate at all. */
    public static final StageCounts NONE = new StageCounts(new EnumMap<>(PipelineStage.class));

    private final Map<PipelineStage, Long> counts;

    private StageCounts(EnumMap<PipelineStage, Long> counts) {
        this.counts = Collections.unmodifiableMap(counts);
    }

    /** These counts with {@code count} more candidates at {@code stage}. */
    public StageCounts plus(PipelineStage stage, long count) {
        Objects.requireNonNull(stage, "stage is required");
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, got " + count);
        }
        EnumMap<PipelineStage, Long> sum = copy();
        sum.merge(stage, count, Long::sum);
        return new StageCounts(sum);
    }

    /** Both counts added stage by stage. */
    public StageCounts plus(StageCounts other) {
        EnumMap<PipelineStage, Long> sum = copy();
        other.counts.forEach((stage, count) -> sum.merge(stage, count, Long::sum));
        return new StageCounts(sum);
    }

    public long count(PipelineStage stage) {
        return counts.getOrDefault(stage, 0L);
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private EnumMap<PipelineStage, Long> copy() {
        return counts.isEmpty() ? new EnumMap<>(PipelineStage.class) : new EnumMap<>(counts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StageCounts that && stagesWithCandidates().equals(that.stagesWithCandidates());
    }

    @Override
    public int hashCode() {
        return stagesWithCandidates().hashCode();
    }

    private Map<PipelineStage, Long> stagesWithCandidates() {
        Map<PipelineStage, Long> nonZero = new EnumMap<>(PipelineStage.class);
        counts.forEach((stage, count) -> {
            if (count > 0) {
                nonZero.put(stage, count);
            }
        });
        return nonZero;
    }

    @Override
    public String toString() {
        return "StageCounts" + stagesWithCandidates();
    }
}
