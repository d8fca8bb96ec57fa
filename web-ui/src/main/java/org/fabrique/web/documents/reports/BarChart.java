package org.fabrique.web.documents.reports;

import java.util.List;
import java.util.Objects;

/**
 * A horizontal bar chart of shares between 0 and 1 (an on-time answer rate per directorate, say): its
 * rows, and how long each bar is on a given width. A row without a value (nothing due yet) has no bar;
 * a value outside 0..1 is drawn at the nearest end rather than off the chart.
 */
public record BarChart(List<Bar> bars) {

    /** The grid lines, as shares: 0 %, 25 %, 50 %, 75 % and 100 %. */
    public static final List<Double> TICKS = List.of(0.0, 0.25, 0.5, 0.75, 1.0);

    /** One labelled bar; {@code value} null when there is nothing to measure. */
    public record Bar(String label, Double value) {
        public Bar {
            Objects.requireNonNull(label, "label is required");
        }
    }

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** The length of a bar of this value on a scale {@code width} long; 0 for no value. */
    public static float length(Double value, float width) {
        if (value == null || value.isNaN()) {
            return 0;
        }
        return (float) (Math.max(0, Math.min(1, value)) * width);
    }

    public boolean isEmpty() {
        return bars.isEmpty();
    }
}
