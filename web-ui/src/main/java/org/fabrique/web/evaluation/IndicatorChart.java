package org.fabrique.web.evaluation;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.fabrique.evaluation.application.IndicatorView;
import org.fabrique.evaluation.application.MeasurementView;

/**
 * An indicator drawn as an inline SVG chart against its baseline and target: the measurements by date
 * (x scaled over their span), a line through them and a dot for each, the baseline and the target as
 * dashed horizontal lines, the values scaled so that baseline, target and every point fit (y). It is an
 * image with a title and a description that say where the indicator stands; the page puts the table of
 * the measurements after it, their accessible equivalent. Every text is escaped.
 */
public final class IndicatorChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 80;
    static final int RIGHT = 24;
    static final int TOP = 24;
    static final int BOTTOM = 44;
    static final double PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    static final double PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

    private static final String TEXT_COLOUR = "#1f2933";
    private static final String SERIES_COLOUR = "#1c4f9c";
    private static final String BASELINE_COLOUR = "#5b6470";
    private static final String TARGET_COLOUR = "#1b6e3c";

    /**
     * The texts of a chart, already in the reader's language.
     *
     * @param title the chart's title (the indicator's name and unit)
     * @param description where the indicator stands: latest value, progress, whether the target is reached
     * @param baseline the baseline's label with its value, null without a baseline
     * @param target the target's label with its value, null without a target
     * @param locale how the axes write numbers and dates
     */
    public record Labels(String title, String description, String baseline, String target, Locale locale) {
        public Labels {
            Objects.requireNonNull(title, "title is required");
            Objects.requireNonNull(description, "description is required");
            Objects.requireNonNull(locale, "locale is required");
        }
    }

    /** A measurement where the chart draws it. */
    record Point(double x, double y, MeasurementView measurement) {
    }

    private final IndicatorView indicator;
    private final List<MeasurementView> measurements;
    private final double low;
    private final double high;

    public IndicatorChart(IndicatorView indicator) {
        this.indicator = Objects.requireNonNull(indicator, "indicator is required");
        this.measurements = indicator.measurements().stream()
                .sorted(Comparator.comparing(MeasurementView::measuredOn)).toList();
        List<Double> values = new ArrayList<>();
        measurements.forEach(m -> values.add(m.value().doubleValue()));
        if (indicator.baseline() != null) {
            values.add(indicator.baseline().doubleValue());
        }
        if (indicator.target() != null) {
            values.add(indicator.target().doubleValue());
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (min == max) {
            double margin = Math.max(Math.abs(min) / 10, 1);
            min -= margin;
            max += margin;
        }
        this.low = min;
        this.high = max;
    }

    /** The measurements where they are drawn, oldest first. */
    List<Point> points() {
        List<Point> points = new ArrayList<>();
        LocalDate first = measurements.isEmpty() ? null : measurements.get(0).measuredOn();
        long span = measurements.isEmpty() ? 0 : ChronoUnit.DAYS.between(first, measurements.get(measurements.size() - 1).measuredOn());
        for (MeasurementView m : measurements) {
            double x = span == 0 ? LEFT + PLOT_WIDTH / 2 : LEFT + PLOT_WIDTH * ChronoUnit.DAYS.between(first, m.measuredOn()) / span;
            points.add(new Point(x, y(m.value()), m));
        }
        return points;
    }

    /** Where a value is drawn: the highest value at the top of the plot, the lowest at its bottom. */
    double y(BigDecimal value) {
        return TOP + PLOT_HEIGHT * (high - value.doubleValue()) / (high - low);
    }

    /** The chart as SVG markup, to be written as it is into an HTML page. */
    public String svg(Labels labels) {
        Objects.requireNonNull(labels, "labels is required");
        NumberFormat numbers = NumberFormat.getNumberInstance(labels.locale());
        numbers.setMaximumFractionDigits(4);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(labels.locale());
        String id = "indicator-chart-" + indicator.id();
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"indicator-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"100%\" style=\"max-width: ").append(WIDTH)
                .append("px\" aria-labelledby=\"").append(id).append("-title ").append(id).append("-desc\">")
                .append("<title id=\"").append(id).append("-title\">").append(escape(labels.title())).append("</title>")
                .append("<desc id=\"").append(id).append("-desc\">").append(escape(labels.description())).append("</desc>");
        axes(svg, numbers);
        if (indicator.baseline() != null) {
            level(svg, "baseline", indicator.baseline(), labels.baseline(), BASELINE_COLOUR, LEFT + 4, "start");
        }
        if (indicator.target() != null) {
            level(svg, "target", indicator.target(), labels.target(), TARGET_COLOUR, WIDTH - RIGHT - 4, "end");
        }
        series(svg, numbers, dates);
        return svg.append("</svg>").toString();
    }

    private void axes(StringBuilder svg, NumberFormat numbers) {
        double bottom = TOP + PLOT_HEIGHT;
        line(svg, "axis", LEFT, TOP, LEFT, bottom, TEXT_COLOUR, null);
        line(svg, "axis", LEFT, bottom, WIDTH - RIGHT, bottom, TEXT_COLOUR, null);
        text(svg, "axis-label", LEFT - 6, TOP + 4, "end", TEXT_COLOUR, numbers.format(high));
        text(svg, "axis-label", LEFT - 6, bottom + 4, "end", TEXT_COLOUR, numbers.format(low));
    }

    private void level(StringBuilder svg, String kind, BigDecimal value, String label, String colour, double x,
            String anchor) {
        double y = y(value);
        line(svg, kind, LEFT, y, WIDTH - RIGHT, y, colour, "6 4");
        if (label != null) {
            text(svg, kind + "-label", x, y - 5, anchor, colour, label);
        }
    }

    private void series(StringBuilder svg, NumberFormat numbers, DateTimeFormatter dates) {
        List<Point> points = points();
        if (points.isEmpty()) {
            return;
        }
        if (points.size() > 1) {
            svg.append("<polyline class=\"series\" fill=\"none\" stroke=\"").append(SERIES_COLOUR)
                    .append("\" stroke-width=\"2\" points=\"");
            points.forEach(p -> svg.append(coordinate(p.x())).append(',').append(coordinate(p.y())).append(' '));
            svg.setLength(svg.length() - 1);
            svg.append("\"/>");
        }
        for (Point p : points) {
            svg.append("<circle class=\"measurement\" r=\"5\" fill=\"").append(SERIES_COLOUR).append("\" cx=\"")
                    .append(coordinate(p.x())).append("\" cy=\"").append(coordinate(p.y())).append("\"><title>")
                    .append(escape(dates.format(p.measurement().measuredOn()) + " — " + numbers.format(p.measurement().value())))
                    .append("</title></circle>");
        }
        double below = TOP + PLOT_HEIGHT + 20;
        Point first = points.get(0);
        Point last = points.get(points.size() - 1);
        if (points.size() == 1) {
            text(svg, "axis-label", first.x(), below, "middle", TEXT_COLOUR, dates.format(first.measurement().measuredOn()));
        } else {
            text(svg, "axis-label", LEFT, below, "start", TEXT_COLOUR, dates.format(first.measurement().measuredOn()));
            text(svg, "axis-label", WIDTH - RIGHT, below, "end", TEXT_COLOUR, dates.format(last.measurement().measuredOn()));
        }
    }

    private static void line(StringBuilder svg, String kind, double x1, double y1, double x2, double y2, String colour,
            String dashes) {
        svg.append("<line class=\"").append(kind).append("\" x1=\"").append(coordinate(x1)).append("\" y1=\"")
                .append(coordinate(y1)).append("\" x2=\"").append(coordinate(x2)).append("\" y2=\"").append(coordinate(y2))
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"1.5\"");
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append("/>");
    }

    private static void text(StringBuilder svg, String kind, double x, double y, String anchor, String colour,
            String content) {
        svg.append("<text class=\"").append(kind).append("\" x=\"").append(coordinate(x)).append("\" y=\"")
                .append(coordinate(y)).append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(colour)
                .append("\" font-size=\"13\">").append(escape(content)).append("</text>");
    }

    private static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text and attribute values as markup: no tag, entity or quote of theirs survives. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
