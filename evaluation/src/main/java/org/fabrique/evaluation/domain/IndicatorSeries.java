package org.fabrique.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An indicator's measurements as a chart reads them: points by date, the latest value, and how far it
 * has gone from the baseline towards the target.
 *
 * <p>Progress is {@code (latest − baseline) / (target − baseline)} as a percentage, one decimal, and is
 * not clamped: a value gone the wrong way gives a negative progress, one beyond the target more than
 * 100 %. It works the same for a target below the baseline (fewer people waiting, say). When the target
 * equals the baseline the aim is to hold the value: 100 % and reached when the latest value equals it,
 * 0 % otherwise. Without a baseline or a target there is no progress, and nothing is reached without a
 * target or a measurement.
 */
public final class IndicatorSeries {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A value measured on a date. */
    public record Point(LocalDate on, BigDecimal value) {
        public Point {
            Objects.requireNonNull(on, "on is required");
            Objects.requireNonNull(value, "value is required");
        }
    }

    private final BigDecimal baseline;
    private final BigDecimal target;
    private final List<Point> points;

    /** @throws IllegalArgumentException when two points share a date */
    public IndicatorSeries(BigDecimal baseline, BigDecimal target, Collection<Point> points) {
        this.baseline = baseline;
        this.target = target;
        Set<LocalDate> dates = new HashSet<>();
        for (Point point : points) {
            if (!dates.add(point.on())) {
                throw new IllegalArgumentException("two measurements on " + point.on());
            }
        }
        this.points = points.stream().sorted(Comparator.comparing(Point::on)).toList();
    }

    public static IndicatorSeries of(Indicator indicator) {
        return new IndicatorSeries(indicator.getBaseline(), indicator.getTarget(), indicator.getMeasurements().stream()
                .map(m -> new Point(m.getMeasuredOn(), m.getValue())).toList());
    }

    /** The points, oldest first. */
    public List<Point> points() {
        return points;
    }

    /** The value of the most recent measurement. */
    public Optional<BigDecimal> latest() {
        return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1).value());
    }

    /** The percentage of the way from the baseline to the target the latest value has gone. */
    public Optional<BigDecimal> progress() {
        if (baseline == null || target == null || points.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal latest = latest().orElseThrow();
        BigDecimal way = target.subtract(baseline);
        if (way.signum() == 0) {
            return Optional.of(latest.compareTo(target) == 0 ? HUNDRED.setScale(1) : BigDecimal.ZERO.setScale(1));
        }
        return Optional.of(latest.subtract(baseline).multiply(HUNDRED).divide(way, 1, RoundingMode.HALF_UP));
    }

    /** Whether the latest value is at the target or beyond it, in the target's direction from the baseline. */
    public boolean targetReached() {
        if (target == null || points.isEmpty()) {
            return false;
        }
        int comparison = latest().orElseThrow().compareTo(target);
        boolean decreasing = baseline != null && target.compareTo(baseline) < 0;
        boolean holding = baseline != null && target.compareTo(baseline) == 0;
        if (holding) {
            return comparison == 0;
        }
        return decreasing ? comparison <= 0 : comparison >= 0;
    }
}
