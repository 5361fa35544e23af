package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * What becomes of the indicators a ranked township does not state ({@link MissingData}), on the ranked values of an
 * {@link IndexPanel} ([column][ranked row], NaN where unstated): median imputation within the peer group, no credit
 * after scoring, or nothing (aggregation over available data). For the uncertainty analysis it also draws each
 * unstated value from the stated values of the township's peers (hot-deck), so that a township's rank interval widens
 * with what its report leaves unsaid.
 */
final class MissingValues {

    /** A peer group with fewer stated values than this lends nothing; the whole area's values are used instead. */
    static final int MIN_DONORS = 3;
    static final double NO_CREDIT_SCORE = 0.0;

    private final IndexPanel panel;
    private final MissingData rule;

    MissingValues(IndexPanel panel, MissingData rule) {
        this.panel = panel;
        this.rule = rule;
    }

    MissingData rule() {
        return rule;
    }

    /** The values the baseline is scored on: medians in the gaps when imputing, else the values as they are. */
    double[][] baseline(double[][] values, List<Treatment> out) {
        if (rule != MissingData.IMPUTE) {
            return values;
        }
        double[][] filled = new double[values.length][];
        for (int c = 0; c < values.length; c++) {
            filled[c] = values[c].clone();
            double[][] pools = pools(values[c]);
            double[] medians = new double[pools.length];
            for (int g = 0; g < pools.length; g++) {
                medians[g] = pools[g].length == 0 ? Double.NaN : median(pools[g]);
            }
            List<String> imputed = new ArrayList<>();
            for (int k = 0; k < filled[c].length; k++) {
                if (Double.isNaN(filled[c][k]) && !Double.isNaN(medians[panel.peerOf[k]])) {
                    filled[c][k] = medians[panel.peerOf[k]];
                    imputed.add(panel.codes.get(panel.rankedRows[k]));
                }
            }
            if (out != null && !imputed.isEmpty()) {
                out.add(new Treatment(Treatment.Kind.IMPUTED, panel.columns.get(c).key(), imputed.size()
                        + " unstated values imputed with the median of the peer group's stated values: "
                        + Treatment.listing(imputed)));
            }
        }
        return filled;
    }

    /** No credit: an unstated {@code up} indicator scores 0 (scores of the same shape as the values, NaN = unstated). */
    void credit(double[][] scores, List<Treatment> out) {
        if (rule != MissingData.NO_CREDIT) {
            return;
        }
        for (int c = 0; c < scores.length; c++) {
            if (panel.columns.get(c).direction() != Direction.UP) {
                continue;
            }
            List<String> uncredited = new ArrayList<>();
            for (int k = 0; k < scores[c].length; k++) {
                if (Double.isNaN(scores[c][k])) {
                    scores[c][k] = NO_CREDIT_SCORE;
                    uncredited.add(panel.codes.get(panel.rankedRows[k]));
                }
            }
            if (out != null && !uncredited.isEmpty()) {
                out.add(new Treatment(Treatment.Kind.NO_CREDIT, panel.columns.get(c).key(), uncredited.size()
                        + " townships do not state it and earn no credit for it (score 0): "
                        + Treatment.listing(uncredited)));
            }
        }
    }

    /** Whether any unstated value could be drawn from stated ones. */
    boolean anyToDraw(double[][] values) {
        for (double[] column : values) {
            boolean missing = false;
            boolean stated = false;
            for (double v : column) {
                missing |= Double.isNaN(v);
                stated |= !Double.isNaN(v);
            }
            if (missing && stated) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hot-deck draws over the scores of one Monte-Carlo setting, prepared once: the stated scores (0 where unstated),
     * every unstated cell with its donor pool (the scores of its peers' stated values; the area's when peers state
     * fewer than three), and which values are still missing after a draw (cells no one could lend to, credited or
     * left out as the rule says). Drawing scores rather than values keeps the normalisation of the stated values:
     * exact for min-max, whose range a drawn value cannot widen, and close for z-scores and percentiles.
     */
    final class Draws {

        private final double[][] base;
        private final int[] cellColumn;
        private final int[] cellRow;
        private final double[][] cellPool;
        final WeightedMean.Gaps gaps;

        Draws(double[][] statedScores, int[] dimensionOf, int dimensions) {
            base = new double[statedScores.length][];
            List<int[]> cells = new ArrayList<>();
            List<double[]> cellPools = new ArrayList<>();
            double[][] afterDraw = new double[statedScores.length][];
            for (int c = 0; c < statedScores.length; c++) {
                double[][] pools = pools(statedScores[c]);
                base[c] = statedScores[c].clone();
                afterDraw[c] = statedScores[c].clone();
                for (int k = 0; k < base[c].length; k++) {
                    if (Double.isNaN(base[c][k])) {
                        base[c][k] = 0;
                        double[] pool = pools[panel.peerOf[k]];
                        if (pool.length > 0) {
                            cells.add(new int[] {c, k});
                            cellPools.add(pool);
                            afterDraw[c][k] = 0;
                        }
                    }
                }
            }
            credit(afterDraw, null); // a cell no one could lend to scores 0 under no credit, else stays missing
            cellColumn = cells.stream().mapToInt(cell -> cell[0]).toArray();
            cellRow = cells.stream().mapToInt(cell -> cell[1]).toArray();
            cellPool = cellPools.toArray(double[][]::new);
            gaps = WeightedMean.Gaps.of(afterDraw, dimensionOf, dimensions);
        }

        /** One draw into {@code dense} (same shape; overwritten): 0 for missing values, as the aggregator takes it. */
        void into(double[][] dense, Random random) {
            for (int c = 0; c < base.length; c++) {
                System.arraycopy(base[c], 0, dense[c], 0, base[c].length);
            }
            for (int i = 0; i < cellColumn.length; i++) {
                double[] pool = cellPool[i];
                dense[cellColumn[i]][cellRow[i]] = pool[random.nextInt(pool.length)];
            }
        }
    }

    /**
     * The donor pool of each peer group for one column: the group's stated values, or every ranked row's stated
     * values when the group has fewer than three. One pass over the column.
     */
    private double[][] pools(double[] column) {
        int groups = panel.groups.size();
        int[] counts = new int[groups];
        int all = 0;
        for (int r = 0; r < column.length; r++) {
            if (!Double.isNaN(column[r])) {
                counts[panel.peerOf[r]]++;
                all++;
            }
        }
        double[] area = new double[all];
        double[][] byGroup = new double[groups][];
        for (int g = 0; g < groups; g++) {
            byGroup[g] = new double[counts[g]];
        }
        int[] filled = new int[groups];
        int a = 0;
        for (int r = 0; r < column.length; r++) {
            if (!Double.isNaN(column[r])) {
                area[a++] = column[r];
                byGroup[panel.peerOf[r]][filled[panel.peerOf[r]]++] = column[r];
            }
        }
        for (int g = 0; g < groups; g++) {
            if (counts[g] < MIN_DONORS) {
                byGroup[g] = area;
            }
        }
        return byGroup;
    }

    static double median(double[] xs) {
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The rule in words, for the treatments of every index. */
    String describe() {
        return switch (rule) {
            case NO_CREDIT -> "evidence-based credit: an up indicator a report does not state earns no credit (score"
                    + " 0); an unstated down indicator is left out of the township's mean; a stated zero is a real "
                    + "zero; every township that submitted is ranked";
            case IMPUTE -> "median imputation: an unstated value is the median of the stated values of the "
                    + "township's peer group (街道, or 镇/乡; the whole area where the group has fewer than "
                    + MIN_DONORS + "); every township that submitted is ranked";
            case AVAILABLE -> "aggregation over available data: unstated indicators are left out and the weights of "
                    + "the stated ones re-normalised; townships stating fewer than the coverage threshold are listed "
                    + "unranked";
        };
    }
}
