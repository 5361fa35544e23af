package io.fazhi.dashboard.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorScorerTest {

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # normalization | direction | values       | expected 0-100 scores
            MIN_MAX         | UP        | 0 5 10       | 0 50 100
            MIN_MAX         | DOWN      | 0 5 10       | 100 50 0
            MIN_MAX         | UP        | 7 7 7        | 50 50 50
            PERCENTILE      | UP        | 3 1 2 2      | 100 0 50 50
            PERCENTILE      | DOWN      | 3 1 2 2      | 0 100 50 50
            PERCENTILE      | UP        | 4 4          | 50 50
            Z_SCORE         | UP        | 1 2 3        | 29.587585476806853 50 70.41241452319315
            Z_SCORE         | DOWN      | 1 2 3        | 70.41241452319315 50 29.587585476806853
            Z_SCORE         | UP        | 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 100 | 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 46.17640443549064 100
            GOALPOSTS       | UP        | 50 150 -10   | 50 100 0
            GOALPOSTS       | DOWN      | 50 150 -10   | 50 0 100
            """)
    void scoresZeroToHundredBetterIsHigher(Normalization normalization, Direction direction, String values,
            String expected) {
        IndicatorSpec spec = new IndicatorSpec("x", "d", direction, "count", new Goalposts(0, 100));
        double[] scores = IndicatorScorer.score(Fixtures.doubles(values), spec, normalization, false, null, null);
        assertArrayEquals(Fixtures.doubles(expected), scores, 1e-6);
    }

    @Test
    void neverWinsorizesAFlagWhoseMinorityIsOneTownship() {
        double[] flags = {1, 1, 0, 1, 1}; // skewness -2.24, kurtosis 5: a count would be winsorized
        List<Treatment> treatments = new ArrayList<>();
        double[] scores = IndicatorScorer.score(flags, new IndicatorSpec("x", "d", Direction.UP, "flag"),
                Normalization.MIN_MAX, true, treatments, null);
        assertArrayEquals(new double[] {100, 100, 0, 100, 100}, scores, 1e-9);
        assertTrue(treatments.isEmpty());
        double[] counts = IndicatorScorer.score(flags, new IndicatorSpec("x", "d", Direction.UP, "count"),
                Normalization.MIN_MAX, true, null, null);
        assertArrayEquals(new double[] {50, 50, 50, 50, 50}, counts, 1e-9);
    }

    @Test
    void keepsMissingValuesMissing() {
        IndicatorSpec spec = new IndicatorSpec("x", "d", Direction.UP, "count");
        double[] scores = IndicatorScorer.score(new double[] {0, Double.NaN, 10}, spec, Normalization.MIN_MAX, true,
                null, null);
        assertArrayEquals(new double[] {0, Double.NaN, 100}, scores);
    }

    @ParameterizedTest(name = "{0}: skewness {1}, kurtosis {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # values (reference: Excel SKEW / KURT)      | skewness            | excess kurtosis
            1 2 3 4 5 6 7 8 9 10 30 100                  | 3.0632410342394985  | 9.741390834569142
            1 2 3 4 5 6 7 8 9 10 11 12                   | 0                   | -1.2
            12 14 15 15 16 17 18 20 13 16 17 15          | 0.2614807789052451  | 0.2850024034609868
            """)
    void measuresSkewnessAndKurtosisAsTheHandbookThresholdsExpect(String values, double skewness, double kurtosis) {
        double[] xs = Fixtures.doubles(values);
        assertEquals(skewness, Moments.skewness(xs), 1e-9);
        assertEquals(kurtosis, Moments.kurtosis(xs), 1e-9);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # values                                            | after treatment                                  | clipped | still skewed
            1 2 3 4 5 6 7 8 9 10 30 100                         | 1 2 3 4 5 6 7 8 9 10 30 30                       | 1       | false
            10 10 10 10 10 10 10 10 10 10 10 100                | 10 10 10 10 10 10 10 10 10 10 10 10              | 1       | false
            1 2 3 4 5 6 7 8 9 10 11 12                          | 1 2 3 4 5 6 7 8 9 10 11 12                       | 0       | false
            12 14 15 15 16 17 18 20 13 16 17 15                 | 12 14 15 15 16 17 18 20 13 16 17 15              | 0       | false
            -100 1 2 3 4 5 6 7 8 9 10 11                        | 1 1 2 3 4 5 6 7 8 9 10 11                        | 1       | false
            """)
    void winsorizesOnlyWhenSkewnessAndKurtosisAreBothHigh(String values, String expected, int clipped, boolean still) {
        double[] xs = Fixtures.doubles(values);
        Winsorizer.Outcome outcome = Winsorizer.treat(xs);
        assertArrayEquals(Fixtures.doubles(expected), xs);
        assertEquals(clipped, outcome.clipped().size());
        assertEquals(still, outcome.stillSkewed());
    }

    @Test
    void stopsAtFivePointsAndReportsAnIndicatorThatStaysSkewed() {
        double[] xs = new double[47];
        java.util.Arrays.fill(xs, 1);
        double[] tail = {100, 200, 300, 400, 500, 600, 700};
        System.arraycopy(tail, 0, xs, 40, tail.length);
        IndicatorSpec spec = new IndicatorSpec("x", "d", Direction.UP, "count");
        List<Treatment> treatments = new ArrayList<>();
        IndicatorScorer.score(xs, spec, Normalization.MIN_MAX, true, treatments, null);
        assertEquals(List.of(Treatment.Kind.WINSORIZED, Treatment.Kind.STILL_SKEWED),
                treatments.stream().map(Treatment::kind).toList());
        assertTrue(treatments.get(0).detail().startsWith("3 points clipped"), treatments.get(0).detail());
        assertFalse(Winsorizer.fails(new double[] {1, 2, 3}));
    }
}
