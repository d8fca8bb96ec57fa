package org.fabrique.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.fabrique.evaluation.domain.IndicatorSeries.Point;
import org.junit.jupiter.api.Test;

class IndicatorSeriesTest {

    static final LocalDate JANUARY = LocalDate.of(2013, 1, 15);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Point point(int monthsLater, String value) {
        return new Point(JANUARY.plusMonths(monthsLater), d(value));
    }

    @Test
    void pointsAreSortedByDateAndTheLatestIsTheMostRecent() {
        IndicatorSeries series = new IndicatorSeries(d("10"), d("30"), List.of(point(6, "25"), point(0, "12"), point(3, "18")));

        assertThat(series.points()).extracting(Point::on)
                .containsExactly(JANUARY, JANUARY.plusMonths(3), JANUARY.plusMonths(6));
        assertThat(series.latest()).contains(d("25"));
    }

    @Test
    void progressIsTheShareOfTheWayFromBaselineToTarget() {
        IndicatorSeries halfway = new IndicatorSeries(d("10"), d("30"), List.of(point(0, "20")));
        assertThat(halfway.progress()).contains(d("50.0"));
        assertThat(halfway.targetReached()).isFalse();

        IndicatorSeries beyond = new IndicatorSeries(d("10"), d("30"), List.of(point(0, "35")));
        assertThat(beyond.progress()).as("not clamped").contains(d("125.0"));
        assertThat(beyond.targetReached()).isTrue();

        IndicatorSeries backwards = new IndicatorSeries(d("10"), d("30"), List.of(point(0, "8")));
        assertThat(backwards.progress()).as("the wrong way").contains(d("-10.0"));

        IndicatorSeries third = new IndicatorSeries(d("0"), d("3"), List.of(point(0, "1")));
        assertThat(third.progress()).contains(d("33.3"));
    }

    @Test
    void aTargetBelowTheBaselineIsReachedByGoingDown() {
        IndicatorSeries waiting = new IndicatorSeries(d("120"), d("60"), List.of(point(0, "120"), point(6, "90")));
        assertThat(waiting.progress()).contains(d("50.0"));
        assertThat(waiting.targetReached()).isFalse();

        IndicatorSeries done = new IndicatorSeries(d("120"), d("60"), List.of(point(0, "55")));
        assertThat(done.progress()).contains(d("108.3"));
        assertThat(done.targetReached()).isTrue();
    }

    @Test
    void aTargetEqualToTheBaselineMeansHoldingTheValue() {
        IndicatorSeries held = new IndicatorSeries(d("50"), d("50.00"), List.of(point(0, "50.0")));
        assertThat(held.progress()).contains(d("100.0"));
        assertThat(held.targetReached()).isTrue();

        IndicatorSeries lost = new IndicatorSeries(d("50"), d("50"), List.of(point(0, "49")));
        assertThat(lost.progress()).contains(d("0.0"));
        assertThat(lost.targetReached()).isFalse();
    }

    @Test
    void withoutMeasurementsBaselineOrTargetThereIsNoProgress() {
        assertThat(new IndicatorSeries(d("10"), d("30"), List.of()).latest()).isEmpty();
        assertThat(new IndicatorSeries(d("10"), d("30"), List.of()).progress()).isEmpty();
        assertThat(new IndicatorSeries(d("10"), d("30"), List.of()).targetReached()).isFalse();
        assertThat(new IndicatorSeries(null, d("30"), List.of(point(0, "31"))).progress()).isEmpty();
        assertThat(new IndicatorSeries(null, d("30"), List.of(point(0, "31"))).targetReached()).isTrue();
        assertThat(new IndicatorSeries(d("10"), null, List.of(point(0, "31"))).targetReached()).isFalse();
    }

    @Test
    void twoMeasurementsOnTheSameDateAreRefused() {
        assertThatThrownBy(() -> new IndicatorSeries(d("0"), d("1"), List.of(point(0, "1"), point(0, "2"))))
                .isInstanceOf(IllegalArgumentException.class);

        Indicator indicator = new Indicator(1, "Élus formés aux enjeux", "personnes", d("0"), d("48"), "Pôle");
        indicator.record(JANUARY, d("12"), null);
        assertThat(indicator.hasMeasurementOn(JANUARY)).isTrue();
        assertThatThrownBy(() -> indicator.record(JANUARY, d("14"), "doublon"))
                .isInstanceOf(IllegalArgumentException.class);
        indicator.record(JANUARY.plusMonths(1), d("24"), "deuxième vague");

        IndicatorSeries series = IndicatorSeries.of(indicator);
        assertThat(series.points()).hasSize(2);
        assertThat(series.progress()).contains(d("50.0"));
    }
}
