package org.fabrique.dialogue.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fabrique.core.domain.TerritorialScale;
import org.fabrique.dialogue.domain.PipelineStage;
import org.fabrique.dialogue.domain.StageCounts;

/**
 * A programme's pipeline at a glance: how many candidates are at each stage ({@code status}, by
 * {@link PipelineStage} name, every stage present), in all and by directorate, public policy and
 * territorial scale.
 */
public record PipelineView(long programmeId, int year, long total, Map<String, Long> status, List<Row> directorate,
        List<Row> policy, List<Row> scale) {

    /**
     * The candidates of one directorate, one policy or one scale: the row says which by the one of
     * {@code directorateId}, {@code policyId} and {@code scale} it sets; none for the candidates without a
     * policy or a scale yet. {@code name} is the directorate's or the policy's.
     */
    public record Row(Long directorateId, Long policyId, TerritorialScale scale, String name, long total,
            Map<String, Long> status) {

        static Row directorate(long id, String name, StageCounts counts) {
            return new Row(id, null, null, name, counts.total(), byStage(counts));
        }

        static Row policy(Long id, String name, StageCounts counts) {
            return new Row(null, id, null, name, counts.total(), byStage(counts));
        }

        static Row scale(TerritorialScale scale, StageCounts counts) {
            return new Row(null, null, scale, null, counts.total(), byStage(counts));
        }
    }

    public PipelineView {
        directorate = List.copyOf(directorate);
        policy = List.copyOf(policy);
        scale = List.copyOf(scale);
    }

    /** Every stage, in pipeline order, with its count. */
    static Map<String, Long> byStage(StageCounts counts) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (PipelineStage stage : PipelineStage.values()) {
            map.put(stage.name(), counts.count(stage));
        }
        return Collections.unmodifiableMap(map);
    }
}
