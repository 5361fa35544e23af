package io.fazhi.indicator.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RankShiftTest {

    private static QualityRules.Value v(String code, String key, double value) {
        return new QualityRules.Value(code, code, 1, key, "count", BigDecimal.valueOf(value), false);
    }

    private final RankShift shifts = new RankShift(List.of(v("a", "up", 900), v("b", "up", 40), v("c", "up", 30),
            v("d", "up", 20), v("e", "up", 10), v("a", "down", 5), v("b", "down", 1), v("c", "down", 2),
            v("a", "none", 3), v("b", "none", 300)), Map.of("up", "up", "down", "down", "none", "none"));

    @Test
    void countsTheTownshipsBetweenTheValueAndItsAlternative() {
        // the outlier replaced by the median of the others (25) passes b and c
        assertThat(shifts.medianOfOthers("a", "up")).isEqualTo(25.0);
        assertThat(shifts.places("a", "up", 900.0, 25.0)).isEqualTo(2);
        assertThat(shifts.places("e", "up", 10.0, 35.0)).isEqualTo(2);
        assertThat(shifts.places("e", "up", 10.0, 10.0)).isZero();
        assertThat(shifts.stating("up")).isEqualTo(5);
    }

    @Test
    void aValueNotStatedCountsAsTheWorstEndOfTheIndicatorsDirection() {
        assertThat(shifts.places("a", "up", 900.0, null)).isEqualTo(4); // dropping the top value passes every other
        assertThat(shifts.places("e", "up", 10.0, null)).isZero(); // the last stays last
        assertThat(shifts.places("b", "down", 1.0, null)).isEqualTo(2); // the best of a down indicator is the lowest
        assertThat(shifts.places("a", "down", null, 5.0)).isZero();
        assertThat(shifts.places("a", "up", null, null)).isZero();
    }

    @Test
    void anIndicatorWithoutDirectionIsNeverRanked() {
        assertThat(shifts.places("a", "none", 3.0, 300.0)).isZero();
        assertThat(shifts.places("a", "unknown-key", 3.0, 300.0)).isZero();
    }
}
