package org.fabrique.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fabrique.evaluation.application.IndicatorView;
import org.fabrique.evaluation.application.MeasurementView;
import org.junit.jupiter.api.Test;

class IndicatorChartTest {

    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);
    private static final double TOP = IndicatorChart.TOP;
    private static final double BOTTOM = IndicatorChart.TOP + IndicatorChart.PLOT_HEIGHT;
    private static final double LEFT = IndicatorChart.LEFT;
    private static final double RIGHT = IndicatorChart.LEFT + IndicatorChart.PLOT_WIDTH;

    private static final IndicatorChart.Labels LABELS = new IndicatorChart.Labels("Taux de réponse (%)",
            "Dernière valeur : 30 %.", "Référence : 10", "Cible : 50", Locale.FRENCH);

    private static IndicatorView indicator(String baseline, String target, MeasurementView... measurements) {
        return new IndicatorView(7, 1, "Taux de réponse", "%", baseline == null ? null : new BigDecimal(baseline),
                target == null ? null : new BigDecimal(target), "Enquête", List.of(measurements), null, null, false, 0,
                java.util.Set.of());
    }

    private static MeasurementView measured(long id, LocalDate on, String value) {
        return new MeasurementView(id, on, new BigDecimal(value), null);
    }

    private static List<String> all(String regex, String svg) {
        Matcher matcher = Pattern.compile(regex).matcher(svg);
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void scales_the_dates_over_their_span_and_the_values_over_baseline_target_and_points() {
        IndicatorChart chart = new IndicatorChart(indicator("10", "50",
                measured(1, JANUARY, "20"), measured(2, JANUARY.plusDays(30), "30"), measured(3, JANUARY.plusDays(120), "40")));

        List<IndicatorChart.Point> points = chart.points();

        assertThat(points).extracting(IndicatorChart.Point::x)
                .containsExactly(LEFT, LEFT + IndicatorChart.PLOT_WIDTH / 4, RIGHT);
        assertThat(chart.y(new BigDecimal("50"))).isEqualTo(TOP);
        assertThat(chart.y(new BigDecimal("10"))).isEqualTo(BOTTOM);
        assertThat(points.get(0).y()).isCloseTo(BOTTOM - IndicatorChart.PLOT_HEIGHT / 4, within(1e-9));
        assertThat(points.get(2).y()).isLessThan(points.get(1).y()).isLessThan(points.get(0).y());
    }

    @Test
    void draws_the_series_the_baseline_and_the_target_as_an_image_with_its_title_and_description() {
        String svg = new IndicatorChart(indicator("10", "50",
                measured(1, JANUARY, "20"), measured(2, JANUARY.plusDays(30), "30"))).svg(LABELS);

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
                .contains("role=\"img\"", "aria-labelledby=\"indicator-chart-7-title indicator-chart-7-desc\"",
                        "<title id=\"indicator-chart-7-title\">Taux de réponse (%)</title>",
                        "<desc id=\"indicator-chart-7-desc\">Dernière valeur : 30 %.</desc>",
                        ">Référence : 10</text>", ">Cible : 50</text>", "<polyline class=\"series\"");
        assertThat(all("<circle class=\"measurement\"[^>]*cy=\"([^\"]+)\"", svg)).hasSize(2);
        assertThat(all("<line class=\"baseline\"[^>]*y1=\"([^\"]+)\"", svg)).containsExactly(String.format(Locale.ROOT, "%.1f", BOTTOM));
        assertThat(all("<line class=\"target\"[^>]*y1=\"([^\"]+)\"", svg)).containsExactly(String.format(Locale.ROOT, "%.1f", TOP));
        assertThat(svg).contains("stroke-dasharray=\"6 4\"", "1 janv. 2026", "31 janv. 2026");
    }

    @Test
    void orders_the_measurements_by_date_whatever_order_they_come_in() {
        IndicatorChart chart = new IndicatorChart(indicator("0", "100",
                measured(2, JANUARY.plusDays(10), "80"), measured(1, JANUARY, "20")));

        assertThat(chart.points()).extracting(p -> p.measurement().id()).containsExactly(1L, 2L);
        assertThat(chart.points().get(0).x()).isEqualTo(LEFT);
        String svg = chart.svg(LABELS);
        assertThat(all("<polyline class=\"series\"[^>]*points=\"([^\"]+)\"", svg))
                .containsExactly("80.0,177.6 616.0,62.4");
    }

    @Test
    void a_single_measurement_is_one_point_in_the_middle_without_a_line() {
        String svg = new IndicatorChart(indicator("10", "50", measured(1, JANUARY, "30"))).svg(LABELS);

        assertThat(all("<circle class=\"measurement\"[^>]*cx=\"([^\"]+)\"", svg))
                .containsExactly(String.format(Locale.ROOT, "%.1f", LEFT + IndicatorChart.PLOT_WIDTH / 2));
        assertThat(svg).doesNotContain("<polyline");
    }

    @Test
    void without_measurement_it_draws_the_baseline_and_target_alone() {
        String svg = new IndicatorChart(indicator("10", "50")).svg(LABELS);

        assertThat(svg).doesNotContain("<circle", "<polyline").contains("class=\"baseline\"", "class=\"target\"");
    }

    @Test
    void without_baseline_target_or_measurement_it_still_draws_its_axes() {
        String svg = new IndicatorChart(indicator(null, null))
                .svg(new IndicatorChart.Labels("Taux", "Aucune mesure.", null, null, Locale.FRENCH));

        assertThat(svg).contains("class=\"axis\"").doesNotContain("class=\"baseline\"", "class=\"target\"", "<circle");
    }

    @Test
    void a_target_equal_to_the_baseline_puts_both_lines_in_the_middle_of_a_padded_range() {
        IndicatorChart chart = new IndicatorChart(indicator("20", "20"));

        double middle = TOP + IndicatorChart.PLOT_HEIGHT / 2;
        assertThat(chart.y(new BigDecimal("20"))).isCloseTo(middle, within(1e-9));
        assertThat(chart.y(new BigDecimal("22"))).isCloseTo(TOP, within(1e-9));
        String svg = chart.svg(LABELS);
        assertThat(all("<line class=\"(?:baseline|target)\"[^>]*y1=\"([^\"]+)\"", svg))
                .containsExactly(String.format(Locale.ROOT, "%.1f", middle), String.format(Locale.ROOT, "%.1f", middle));
    }

    @Test
    void values_beyond_the_target_or_below_the_baseline_widen_the_scale_and_stay_in_the_plot() {
        IndicatorChart chart = new IndicatorChart(indicator("10", "50",
                measured(1, JANUARY, "-30"), measured(2, JANUARY.plusDays(1), "90")));

        List<IndicatorChart.Point> points = chart.points();
        assertThat(points.get(0).y()).isEqualTo(BOTTOM);
        assertThat(points.get(1).y()).isEqualTo(TOP);
        assertThat(chart.y(new BigDecimal("10"))).isCloseTo(BOTTOM - IndicatorChart.PLOT_HEIGHT / 3, within(1e-9));
        assertThat(chart.y(new BigDecimal("50"))).isCloseTo(TOP + IndicatorChart.PLOT_HEIGHT / 3, within(1e-9));
    }

    @Test
    void escapes_every_text_it_writes() {
        String svg = new IndicatorChart(indicator("10", "50", measured(1, JANUARY, "30")))
                .svg(new IndicatorChart.Labels("<script>alert('x')</script> & co", "\"quoted\" <b>", "Référence <10>",
                        "Cible & plus", Locale.ENGLISH));

        assertThat(svg).doesNotContain("<script>", "<b>", "'x'")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co", "&quot;quoted&quot; &lt;b&gt;",
                        "Référence &lt;10&gt;", "Cible &amp; plus");
    }
}
