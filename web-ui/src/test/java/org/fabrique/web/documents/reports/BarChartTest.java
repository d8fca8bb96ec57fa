package org.fabrique.web.documents.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void aBarIsAsLongAsItsShareOfTheScale() {
        assertThat(BarChart.length(0.75, 200)).isEqualTo(150f);
        assertThat(BarChart.length(1.0, 200)).isEqualTo(200f);
        assertThat(BarChart.length(0.0, 200)).isZero();
    }

    @Test
    void nothingToMeasureDrawsNoBar() {
        assertThat(BarChart.length(null, 200)).isZero();
        assertThat(BarChart.length(Double.NaN, 200)).isZero();
    }

    @Test
    void aShareOutsideZeroToOneStaysOnTheChart() {
        assertThat(BarChart.length(1.4, 200)).isEqualTo(200f);
        assertThat(BarChart.length(-0.2, 200)).isZero();
    }

    @Test
    void theGridRunsFromNothingToEverythingByQuarters() {
        assertThat(BarChart.TICKS).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0);
    }

    @Test
    void aBarNeedsALabel() {
        assertThatThrownBy(() -> new BarChart(List.of(new BarChart.Bar(null, 0.5)))).isInstanceOf(NullPointerException.class);
        assertThat(new BarChart(List.of()).isEmpty()).isTrue();
    }
}
