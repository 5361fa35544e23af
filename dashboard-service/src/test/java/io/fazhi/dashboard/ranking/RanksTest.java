package io.fazhi.dashboard.ranking;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RanksTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # scores, higher is better | competition ranks
            90 80 80 70                | 1 2 2 4
            50 50 50                   | 1 1 1
            0 100 62.5 100             | 4 1 3 1
            """)
    void sharesRanksBetweenEqualScoresAndSkipsAfterThem(String scores, String expected) {
        double[] values = Fixtures.doubles(scores);
        int[] ranks = Ranks.descending(values);
        assertArrayEquals(Fixtures.doubles(expected), java.util.Arrays.stream(ranks).asDoubleStream().toArray());
        int[] keys = java.util.Arrays.stream(values).mapToInt(v -> (int) Math.round(v * 100)).toArray();
        int[] counted = new int[keys.length];
        Ranks.descendingHundredths(keys, new int[Ranks.MAX_HUNDREDTHS + 1], counted);
        assertArrayEquals(ranks, counted);
    }

    @Test
    void countingAndSortingRankingsAgreeForLargeFields() {
        Random random = new Random(3);
        double[] values = new double[2000];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextInt(10_001) / 100.0;
        }
        int[] keys = java.util.Arrays.stream(values).mapToInt(v -> (int) Math.round(v * 100)).toArray();
        int[] counted = new int[keys.length];
        Ranks.descendingHundredths(keys, new int[Ranks.MAX_HUNDREDTHS + 1], counted);
        assertArrayEquals(Ranks.descending(values), counted);
    }
}
