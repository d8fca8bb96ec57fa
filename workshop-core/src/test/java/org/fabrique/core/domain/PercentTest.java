package org.fabrique.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentTest {

    @ParameterizedTest
    @CsvSource({"0.625, 63", "0.615, 62", "0.635, 64", "0.5, 50", "0.004, 0", "0.005, 1", "1, 100", "0, 0",
            "0.6666666666666666, 67", "3.0, 300", "0.125, 13"})
    void aShareReadsAsAWholePercentageRoundedHalfUp(double share, int percent) {
        assertThat(Percent.of(share)).isEqualTo(percent);
    }

    @Test
    void fiveAnsweredOnTimeOfEightReadsSixtyThreeAsInTheCouncilReport() {
        assertThat(Percent.of(5.0 / 8)).isEqualTo(63);
    }

    @Test
    void noShareIsNoPercentage() {
        assertThat(Percent.of(null)).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> Percent.of(Double.NaN));
    }
}
