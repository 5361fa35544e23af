package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Monte-Carlo over the methodological choices (handbook step 7, COINr {@code get_sensitivity}): each run draws a
 * normalization, multiplies every weight by a factor uniform in [0.5, 1.5], switches winsorizing on or off, keeps or
 * drops approximate values, and (in every run when imputing, in every other run under the other missing-data rules)
 * draws each unstated value from the stated values of the township's peers, so that an interval widens with what the
 * report leaves unsaid; the ranks over the runs give each township its median and 5th-95th percentile interval.
 * Run 0 is the baseline itself, and the interval is widened to contain the baseline rank where the percentiles do not,
 * so the published rank always lies within [rankLow, rankHigh]. The seed is taken from the data hash: the same data
 * and methodology always give the same intervals.
 */
public final class UncertaintyAnalysis {

    public static final int DEFAULT_RUNS = 500;
    static final double WEIGHT_FACTOR_MIN = 0.5;
    static final double WEIGHT_FACTOR_MAX = 1.5;
    private static final List<Normalization> VARIED =
            List.of(Normalization.MIN_MAX, Normalization.Z_SCORE, Normalization.PERCENTILE);

    private UncertaintyAnalysis() {
    }

    public static CompositeResult compute(List<Observation> observations, List<IndicatorSpec> specs,
            Methodology methodology, Optional<String> dimension, int runs) {
        return compute(observations, specs, methodology, dimension, Map.of(), runs);
    }

    public static CompositeResult compute(List<Observation> observations, List<IndicatorSpec> specs,
            Methodology methodology, Optional<String> dimension, Map<String, String> peerGroups, int runs) {
        if (runs < 1) {
            throw new InvalidMethodologyException("at least one run is needed, got " + runs);
        }
        return simulate(CompositeIndex.baseline(observations, specs, methodology, dimension, peerGroups), runs);
    }

    /**
     * About the bytes a run of {@link #compute} holds at its peak for {@code rows} townships and {@code columns}
     * indicators: each of its treatments' scored panels twice (as scored and to draw unstated values from), four more
     * panels (values, exact values, a drawn panel, the baseline), and every township's rank in every run. 2,000
     * townships x 35 indicators x 500 runs: 20 MB; the whole country (41,351): 410 MB.
     */
    public static long bytesNeeded(int rows, int columns, int runs) {
        long panel = 8L * rows * columns;
        return panel * (2L * VARIED.size() * 4 + 4) + 4L * rows * Math.max(runs, 1);
    }

    static CompositeResult simulate(Baseline b, int runs) {
        IndexPanel p = b.panel();
        Methodology m = b.methodology();
        int rows = p.rankedRows.length;
        int columns = p.columns.size();
        List<Normalization> pool = new ArrayList<>(List.of(m.normalization()));
        VARIED.stream().filter(n -> !pool.contains(n)).forEach(pool::add);
        MissingValues missing = new MissingValues(p, m.missing());
        double[][] values = p.rankedValues(p.used);
        double[][] exact = exactOnly(p, values);
        boolean approxVaried = exact != null;
        boolean drawVaried = missing.anyToDraw(values);
        long seed = DataHash.seedOf(b.dataHash());
        Random random = new Random(seed); // java.util.Random: its sequence is fixed by the specification
        double[][][] cache = new double[pool.size() * 4][][];
        WeightedMean.Gaps[] gaps = new WeightedMean.Gaps[cache.length];
        MissingValues.Draws[] draws = new MissingValues.Draws[cache.length];
        double[][] drawn = new double[columns][rows];
        int baselineSlot = slot(0, m.winsorize(), false);
        cache[baselineSlot] = dense(b.scores());
        gaps[baselineSlot] = WeightedMean.Gaps.of(b.scores(), p.dimensionOf, p.dimensions.size());
        GroupRanks groups = new GroupRanks(p.rankGroupOf);
        int[][] ranks = new int[rows][runs];
        for (int k = 0; k < rows; k++) {
            ranks[k][0] = b.ranks()[k];
        }
        WeightedMean aggregator = new WeightedMean(p.dimensionOf, p.dimensions.size(), rows);
        double[] indicatorWeights = new double[columns];
        double[] dimensionWeights = new double[p.dimensions.size()];
        double[] total = new double[rows];
        int[] keys = new int[rows];
        int[] counts = new int[Ranks.MAX_HUNDREDTHS + 1];
        int[] runRanks = new int[rows];
        for (int run = 1; run < runs && rows > 0; run++) {
            int normalization = random.nextInt(pool.size());
            boolean winsorize = random.nextBoolean();
            boolean dropApprox = random.nextBoolean() && approxVaried;
            for (int c = 0; c < columns; c++) {
                indicatorWeights[c] = p.indicatorWeights[c] * factor(random);
            }
            for (int d = 0; d < dimensionWeights.length; d++) {
                dimensionWeights[d] = p.dimensionWeights[d] * factor(random);
            }
            // imputation varied: the unstated values drawn from peers' stated ones (every run when imputing)
            boolean draw = drawVaried && (m.missing() == MissingData.IMPUTE || random.nextBoolean());
            double[][] source = dropApprox ? exact : values;
            int slot = slot(normalization, winsorize, dropApprox);
            if (draw) {
                if (draws[slot] == null) {
                    draws[slot] = missing.new Draws(score(p, source, pool.get(normalization), winsorize),
                            p.dimensionOf, p.dimensions.size());
                }
                draws[slot].into(drawn, random);
                aggregator.aggregateDense(drawn, draws[slot].gaps, indicatorWeights, dimensionWeights, total);
            } else {
                if (cache[slot] == null) {
                    double[][] scored = score(p, missing.baseline(source, null), pool.get(normalization), winsorize);
                    missing.credit(scored, null);
                    cache[slot] = dense(scored);
                    gaps[slot] = WeightedMean.Gaps.of(scored, p.dimensionOf, p.dimensions.size());
                }
                aggregator.aggregateDense(cache[slot], gaps[slot], indicatorWeights, dimensionWeights, total);
            }
            for (int k = 0; k < rows; k++) {
                keys[k] = (int) Math.max(0, Math.min(Ranks.MAX_HUNDREDTHS, Math.round(total[k] * 100.0)));
            }
            groups.descendingHundredths(keys, counts, runRanks);
            for (int k = 0; k < rows; k++) {
                ranks[k][run] = runRanks[k];
            }
        }
        int[][] intervals = new int[rows][];
        double share = intervals(ranks, b.ranks(), intervals);
        UncertaintySummary summary = new UncertaintySummary(runs, seed, List.copyOf(pool), WEIGHT_FACTOR_MIN,
                WEIGHT_FACTOR_MAX, true, approxVaried, drawVaried, share);
        return b.toResult(summary, intervals);
    }

    /**
     * Fills {low, median, high} per township, low and high widened to the baseline rank where needed; returns the
     * share of township-runs within three positions of their median.
     */
    private static double intervals(int[][] ranks, int[] baseline, int[][] out) {
        long within = 0;
        int[] histogram = new int[ranks.length + 2];
        for (int k = 0; k < ranks.length; k++) {
            RankDistribution distribution = RankDistribution.of(ranks[k], histogram);
            int median = distribution.percentile(0.50);
            out[k] = new int[] {Math.min(distribution.percentile(0.05), baseline[k]), median,
                    Math.max(distribution.percentile(0.95), baseline[k])};
            within += distribution.countWithin(median - 3, median + 3);
        }
        long all = ranks.length == 0 ? 0 : (long) ranks.length * ranks[0].length;
        return all == 0 ? 1.0 : (double) within / all;
    }

    private static double[][] dense(double[][] scores) {
        double[][] out = new double[scores.length][];
        for (int c = 0; c < scores.length; c++) {
            out[c] = scores[c].clone();
            for (int k = 0; k < out[c].length; k++) {
                out[c][k] = Double.isNaN(out[c][k]) ? 0 : out[c][k];
            }
        }
        return out;
    }

    private static int slot(int normalization, boolean winsorize, boolean dropApprox) {
        return normalization * 4 + (winsorize ? 2 : 0) + (dropApprox ? 1 : 0);
    }

    private static double factor(Random random) {
        return WEIGHT_FACTOR_MIN + (WEIGHT_FACTOR_MAX - WEIGHT_FACTOR_MIN) * random.nextDouble();
    }

    private static double[][] score(IndexPanel p, double[][] values, Normalization normalization, boolean winsorize) {
        double[][] out = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            out[c] = IndicatorScorer.score(values[c], p.columns.get(c), normalization, winsorize, null, null);
        }
        return out;
    }

    /**
     * The ranked values with approximate ones treated as missing, or null when the baseline uses none. A township
     * whose every value is approximate keeps them: dropping them would leave it nothing to be ranked on, and the set
     * of ranked townships is fixed by the baseline screen so that ranks stay comparable across runs.
     */
    private static double[][] exactOnly(IndexPanel p, double[][] values) {
        int rows = p.rankedRows.length;
        double[][] out = new double[values.length][];
        boolean anyApprox = false;
        boolean[] keepsExact = new boolean[rows];
        for (int c = 0; c < values.length; c++) {
            out[c] = values[c].clone();
            for (int k = 0; k < rows; k++) {
                boolean isApprox = p.approx[c][p.rankedRows[k]] && !Double.isNaN(values[c][k]);
                anyApprox |= isApprox;
                keepsExact[k] |= !isApprox && !Double.isNaN(values[c][k]);
            }
        }
        if (!anyApprox) {
            return null;
        }
        for (int c = 0; c < values.length; c++) {
            for (int k = 0; k < rows; k++) {
                if (keepsExact[k] && p.approx[c][p.rankedRows[k]]) {
                    out[c][k] = Double.NaN;
                }
            }
        }
        return out;
    }
}
