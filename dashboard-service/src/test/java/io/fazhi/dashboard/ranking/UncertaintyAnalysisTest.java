package io.fazhi.dashboard.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UncertaintyAnalysisTest {

    /** A realistic county: 30 townships, skewed counts, gaps, approximate values, one township with little data. */
    static List<Observation> county(long seed) {
        Random random = new Random(seed);
        List<Observation> out = new ArrayList<>();
        for (int t = 0; t < 30; t++) {
            String code = String.format("445322%03d", 100 + t);
            for (IndicatorSpec s : Fixtures.SPECS) {
                if (random.nextDouble() < 0.1 || (t == 29 && !s.key().equals("p.up1"))) {
                    continue;
                }
                double value = s.kind().equals("rate") ? 80 + random.nextInt(21)
                        : Math.round(Math.exp(2 + random.nextGaussian()));
                out.add(new Observation(code, "镇" + t, s.key(), value, random.nextDouble() < 0.3));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "seed {0}, {1} runs, {2}")
    @CsvSource({"1, 500, MIN_MAX", "2, 200, PERCENTILE", "3, 101, Z_SCORE", "4, 37, MIN_MAX", "5, 2, MIN_MAX"})
    void intervalAlwaysContainsThePublishedRank(long seed, int runs, Normalization normalization) {
        CompositeResult result = UncertaintyAnalysis.compute(county(seed), Fixtures.SPECS,
                Methodology.availableDataOnly().withNormalization(normalization), Optional.empty(), runs);
        List<CompositeEntry> ranked = result.entries().stream().filter(e -> !e.insufficientData()).toList();
        assertTrue(ranked.size() >= 20, "ranked " + ranked.size());
        for (CompositeEntry e : ranked) {
            assertTrue(e.rankLow() <= e.rank() && e.rank() <= e.rankHigh(), e.toString());
            assertTrue(e.rankLow() <= e.medianRank() && e.medianRank() <= e.rankHigh(), e.toString());
            assertTrue(e.rankLow() >= 1 && e.rankHigh() <= ranked.size(), e.toString());
        }
        if (runs > 2) {
            assertTrue(ranked.stream().anyMatch(e -> e.rankLow() < e.rankHigh()), "some rank must be uncertain");
        }
        CompositeEntry insufficient = result.entries().get(result.entries().size() - 1);
        assertTrue(insufficient.insufficientData());
        assertNull(insufficient.rankLow());
        assertEquals(runs, result.uncertainty().runs());
    }

    @Test
    void givesTheSameIntervalsForTheSameDataInAnyOrder() {
        List<Observation> data = county(7);
        List<Observation> shuffled = new ArrayList<>(data);
        Collections.shuffle(shuffled, new Random(99));
        CompositeResult a = UncertaintyAnalysis.compute(data, Fixtures.SPECS, Methodology.availableDataOnly(), Optional.empty(),
                300);
        CompositeResult b = UncertaintyAnalysis.compute(shuffled, Fixtures.SPECS, Methodology.availableDataOnly(),
                Optional.empty(), 300);
        assertEquals(a, b);
        assertEquals(a.dataHash(), b.dataHash());
    }

    @Test
    void keepsTheBaselineRankingAndAddsOnlyIntervals() {
        List<Observation> data = county(11);
        CompositeResult plain = CompositeIndex.compute(data, Fixtures.SPECS, Methodology.availableDataOnly(), Optional.empty());
        CompositeResult simulated = UncertaintyAnalysis.compute(data, Fixtures.SPECS, Methodology.availableDataOnly(),
                Optional.empty(), 100);
        assertEquals(Fixtures.ranks(plain), Fixtures.ranks(simulated));
        assertEquals(plain.treatments(), simulated.treatments());
        assertNotNull(simulated.uncertainty());
        assertTrue(simulated.uncertainty().approxVaried());
    }

    @Test
    void givesADegenerateIntervalWithOneRun() {
        CompositeResult result = UncertaintyAnalysis.compute(county(3), Fixtures.SPECS, Methodology.availableDataOnly(),
                Optional.empty(), 1);
        for (CompositeEntry e : result.entries()) {
            if (!e.insufficientData()) {
                assertEquals(List.of(e.rank(), e.rank(), e.rank()), List.of(e.rankLow(), e.medianRank(), e.rankHigh()));
            }
        }
        assertEquals(1.0, result.uncertainty().shareWithinThreePositions());
    }

    @Test
    void keepsADominantTownshipFirstInEveryRun() {
        String data = "A p.up1=100 p.up2=100 q.down=0 q.up=100; B p.up1=5 p.up2=3 q.down=4 q.up=40; "
                + "C p.up1=3 p.up2=5 q.down=5 q.up=50; D p.up1=4 p.up2=4 q.down=6 q.up=45";
        CompositeResult result = UncertaintyAnalysis.compute(Fixtures.observations(data), Fixtures.SPECS,
                Methodology.availableDataOnly(), Optional.empty(), 500);
        CompositeEntry a = result.entry("A").orElseThrow();
        assertEquals(List.of(1, 1, 1, 1), List.of(a.rank(), a.rankLow(), a.medianRank(), a.rankHigh()));
    }

    @Test
    void pinsTheNearestRankPercentile() {
        int[] ranks = {1, 2, 2, 3, 3, 3, 4, 5, 9, 10};
        RankDistribution d = RankDistribution.of(ranks, new int[12]);
        assertEquals(List.of(1, 3, 10), List.of(d.percentile(0.05), d.percentile(0.5), d.percentile(0.95)));
        assertEquals(7, d.countWithin(0, 4));
    }
}
