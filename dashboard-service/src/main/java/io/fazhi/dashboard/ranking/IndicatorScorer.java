package io.fazhi.dashboard.ranking;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scores one indicator's values 0-100, better = higher whatever its direction: optional winsorizing, then min-max,
 * z-score, percentile or fixed goalposts. Missing values are NaN in and NaN out.
 */
final class IndicatorScorer {

    /** z-scores are mapped linearly so that the mean scores 50 and ±3 standard deviations reach 0 and 100. */
    static final double Z_SPAN = 3.0;
    static final double NEUTRAL = 50.0;
    static final String FLAG = "flag";

    private IndicatorScorer() {
    }

    /**
     * @param treatments where to record what was done, or null in Monte-Carlo runs
     * @param codes township codes of the rows, for treatment details (may be null)
     */
    static double[] score(double[] values, IndicatorSpec spec, Normalization normalization, boolean winsorize,
            List<Treatment> treatments, List<String> codes) {
        int[] rows = new int[values.length];
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                rows[n++] = i;
            }
        }
        double[] xs = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = values[rows[k]];
        }
        // a flag's minority value is a real category (the one township without a legal adviser), not an outlier:
        // winsorizing it would erase the difference the indicator exists to show
        if (winsorize && n >= 4 && !FLAG.equals(spec.kind())) {
            winsorize(xs, spec, treatments, codes == null ? null : Arrays.stream(rows, 0, n).mapToObj(codes::get));
        }
        double[] scored = normalize(xs, spec, normalization, treatments);
        double[] out = new double[values.length];
        Arrays.fill(out, Double.NaN);
        for (int k = 0; k < n; k++) {
            out[rows[k]] = scored[k];
        }
        return out;
    }

    private static void winsorize(double[] xs, IndicatorSpec spec, List<Treatment> treatments,
            Stream<String> codes) {
        if (!Winsorizer.fails(xs)) {
            return;
        }
        Winsorizer.Outcome outcome = Winsorizer.treat(xs);
        if (treatments != null && outcome.treated()) {
            Treatment.Kind kind = outcome.clipped().isEmpty() ? Treatment.Kind.STILL_SKEWED : Treatment.Kind.WINSORIZED;
            treatments.add(new Treatment(kind, spec.key(), Winsorizer.describe(outcome, xs, codes == null ? null : codes.toList())));
            if (outcome.stillSkewed() && !outcome.clipped().isEmpty()) {
                treatments.add(new Treatment(Treatment.Kind.STILL_SKEWED, spec.key(),
                        "still beyond the skewness/kurtosis limits after winsorizing " + outcome.clipped().size()
                                + " points; not log-transformed"));
            }
        }
    }

    static double[] normalize(double[] xs, IndicatorSpec spec, Normalization normalization, List<Treatment> treatments) {
        boolean down = spec.direction() == Direction.DOWN;
        double[] out = new double[xs.length];
        if (xs.length == 0) {
            return out;
        }
        if (normalization == Normalization.GOALPOSTS) {
            if (spec.goalposts() != null) {
                goalposts(xs, spec.goalposts(), down, out);
                return out;
            }
            if (treatments != null) {
                treatments.add(new Treatment(Treatment.Kind.GOALPOSTS_FALLBACK, spec.key(),
                        "no goalposts configured; min-max within the area and year used"));
            }
            normalization = Normalization.MIN_MAX;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : xs) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        if (min == max) {
            Arrays.fill(out, NEUTRAL);
            if (treatments != null) {
                treatments.add(new Treatment(Treatment.Kind.ZERO_VARIANCE, spec.key(), "all " + xs.length
                        + " ranked townships report " + Values.display(min) + "; every one scored 50"));
            }
            return out;
        }
        switch (normalization) {
            case MIN_MAX -> {
                for (int i = 0; i < xs.length; i++) {
                    out[i] = 100.0 * (down ? max - xs[i] : xs[i] - min) / (max - min);
                }
            }
            case Z_SCORE -> zScore(xs, down, out);
            case PERCENTILE -> percentile(xs, down, out);
            default -> throw new IllegalStateException("unreachable: " + normalization);
        }
        return out;
    }

    private static void goalposts(double[] xs, Goalposts g, boolean down, double[] out) {
        double span = g.max() - g.min();
        for (int i = 0; i < xs.length; i++) {
            double y = (down ? g.max() - xs[i] : xs[i] - g.min()) / span;
            out[i] = 100.0 * Math.max(0, Math.min(1, y));
        }
    }

    private static void zScore(double[] xs, boolean down, double[] out) {
        double mean = Moments.mean(xs);
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / xs.length);
        for (int i = 0; i < xs.length; i++) {
            double z = (xs[i] - mean) / sd * (down ? -1 : 1);
            out[i] = Math.max(0, Math.min(100, NEUTRAL + NEUTRAL * z / Z_SPAN));
        }
    }

    /** p = (mid-rank - 1) / (n - 1), ties sharing their average rank. */
    private static void percentile(double[] xs, boolean down, double[] out) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        // distinct values with the average 0-based position of their run in the sorted order
        double[] distinct = new double[sorted.length];
        double[] midPosition = new double[sorted.length];
        int m = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) {
                j++;
            }
            distinct[m] = sorted[i];
            midPosition[m++] = (i + j - 1) / 2.0;
            i = j;
        }
        double denominator = xs.length - 1;
        for (int i = 0; i < xs.length; i++) {
            double p = midPosition[Ranks.indexOf(distinct, m, xs[i])] / denominator;
            out[i] = 100.0 * (down ? 1 - p : p);
        }
    }
}
