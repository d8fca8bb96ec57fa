package org.fabrique.evaluation.application;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.fabrique.core.application.RecordAction;
import org.fabrique.evaluation.domain.Indicator;
import org.fabrique.evaluation.domain.IndicatorSeries;
import org.fabrique.evaluation.domain.Measurement;

/**
 * An indicator with its measurements by date, for a chart, and where it stands: the latest value, the
 * progress from baseline to target in percent (null without baseline, target or measurement), whether
 * the target is reached ({@link IndicatorSeries}).
 */
public record IndicatorView(long id, long evaluationId, String name, String unit, BigDecimal baseline,
        BigDecimal target, String source, List<MeasurementView> measurements, BigDecimal latest, BigDecimal progress,
        boolean targetReached, long version, Set<RecordAction> actions) {

    public IndicatorView {
        measurements = List.copyOf(measurements);
        actions = actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
    }

    static IndicatorView of(Indicator i, Set<RecordAction> actions) {
        IndicatorSeries series = IndicatorSeries.of(i);
        List<MeasurementView> measurements = i.getMeasurements().stream()
                .sorted(Comparator.comparing(Measurement::getMeasuredOn))
                .map(m -> new MeasurementView(m.getId(), m.getMeasuredOn(), m.getValue(), m.getNote())).toList();
        return new IndicatorView(i.getId(), i.getEvaluationId(), i.getName(), i.getUnit(), i.getBaseline(),
                i.getTarget(), i.getSource(), measurements, series.latest().orElse(null),
                series.progress().orElse(null), series.targetReached(), i.getVersion(), actions);
    }

    /** The pôle corrects what was defined. */
    public boolean mayCorrect() {
        return actions.contains(RecordAction.CORRECT);
    }

    /** The pôle deletes an indicator defined by mistake, while no value is measured. */
    public boolean mayDelete() {
        return actions.contains(RecordAction.DELETE);
    }
}
