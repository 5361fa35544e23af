package io.fazhi.dashboard.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightedMeanTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # scores of 4 indicators (dims 0 0 1 1)   | indicator weights | expected
            100 0 50 50                              | 1 1 1 1           | 50
            100 0 50 NaN                             | 1 1 1 1           | 50
            100 NaN NaN NaN                          | 1 1 1 1           | 100
            NaN NaN 20 40                            | 1 1 1 1           | 30
            100 0 0 100                              | 3 1 1 1           | 62.5
            100 0 NaN 100                            | 3 1 5 1           | 87.5
            """)
    void averagesOverPresentIndicatorsThenPresentDimensions(String scores, String weights, double expected) {
        double[] y = Fixtures.doubles(scores);
        double[][] columns = {{y[0]}, {y[1]}, {y[2]}, {y[3]}};
        double[] total = new double[1];
        new WeightedMean(new int[] {0, 0, 1, 1}, 2, 1).aggregate(columns, Fixtures.doubles(weights),
                new double[] {1, 1}, total, null);
        assertEquals(expected, total[0], 1e-12);
    }

    @Test
    void denseMonteCarloPathAgreesWithTheExactOne() {
        Random random = new Random(5);
        int rows = 300;
        int[] dimensionOf = {0, 0, 0, 1, 1, 2, 2, 2, 2};
        double[][] scores = new double[dimensionOf.length][rows];
        double[][] dense = new double[dimensionOf.length][rows];
        for (int c = 0; c < scores.length; c++) {
            for (int r = 0; r < rows; r++) {
                boolean missing = random.nextDouble() < (c == 3 || c == 4 ? 0.4 : 0.1);
                scores[c][r] = missing ? Double.NaN : 100 * random.nextDouble();
                dense[c][r] = missing ? 0 : scores[c][r];
            }
        }
        for (int r = 0; r < rows; r++) {
            scores[0][r] = Double.isNaN(scores[0][r]) ? 1 : scores[0][r]; // every row keeps one value
            dense[0][r] = scores[0][r];
        }
        double[] iw = random.doubles(dimensionOf.length, 0.5, 1.5).toArray();
        double[] dw = random.doubles(3, 0.5, 1.5).toArray();
        WeightedMean aggregator = new WeightedMean(dimensionOf, 3, rows);
        double[] exact = new double[rows];
        double[] fast = new double[rows];
        aggregator.aggregate(scores, iw, dw, exact, null);
        aggregator.aggregateDense(dense, WeightedMean.Gaps.of(scores, dimensionOf, 3), iw, dw, fast);
        assertArrayEquals(exact, fast, 1e-9);
    }
}
