package io.fazhi.dashboard.ranking;

import java.util.Arrays;

/**
 * Two-level weighted arithmetic mean: indicator scores into dimension scores, dimension scores into the index. A
 * missing indicator is left out and the weights of the present ones in its dimension re-normalised; a dimension with
 * no present indicator is left out of the index the same way (handbook: aggregate over available data).
 */
final class WeightedMean {

    private final int[] dimensionOf;
    private final double[][] numerator;
    private final double[][] denominator;
    private double[] weightScratch;

    WeightedMean(int[] dimensionOf, int dimensions, int rows) {
        this.dimensionOf = dimensionOf;
        this.numerator = new double[dimensions][rows];
        this.denominator = new double[dimensions][rows];
    }

    /**
     * Which values are missing, fixed across Monte-Carlo runs that share an approximate-values choice: the missing rows
     * of each column, and 1 where a row has no value at all in a dimension.
     */
    record Gaps(int[][] missingRows, double[][] dimensionAbsent) {

        static Gaps of(double[][] values, int[] dimensionOf, int dimensions) {
            int rows = values.length == 0 ? 0 : values[0].length;
            int[][] missing = new int[values.length][];
            double[][] absent = new double[dimensions][rows];
            for (double[] a : absent) {
                Arrays.fill(a, 1);
            }
            for (int c = 0; c < values.length; c++) {
                int n = 0;
                int[] rowsMissing = new int[rows];
                for (int r = 0; r < rows; r++) {
                    if (Double.isNaN(values[c][r])) {
                        rowsMissing[n++] = r;
                    } else {
                        absent[dimensionOf[c]][r] = 0;
                    }
                }
                missing[c] = Arrays.copyOf(rowsMissing, n);
            }
            return new Gaps(missing, absent);
        }
    }

    /**
     * The Monte-Carlo variant of {@link #aggregate}, same result up to rounding: {@code dense} holds 0 for missing
     * values, and the weight of a township's present indicators is the dimension total less its (sparse) missing
     * ones, so every inner loop is branch-free and vectorizes.
     */
    void aggregateDense(double[][] dense, Gaps gaps, double[] indicatorWeights, double[] dimensionWeights,
            double[] total) {
        int rows = total.length;
        for (int d = 0; d < numerator.length; d++) {
            Arrays.fill(numerator[d], 0);
            double sum = 0;
            for (int c = 0; c < dense.length; c++) {
                sum += dimensionOf[c] == d ? indicatorWeights[c] : 0;
            }
            double[] den = denominator[d];
            double[] absent = gaps.dimensionAbsent()[d];
            for (int r = 0; r < rows; r++) {
                den[r] = sum + absent[r]; // an absent dimension divides 0 by 1 instead of 0 by 0
            }
        }
        for (int c = 0; c < dense.length; c++) {
            double w = indicatorWeights[c];
            double[] num = numerator[dimensionOf[c]];
            double[] den = denominator[dimensionOf[c]];
            double[] y = dense[c];
            for (int r = 0; r < rows; r++) {
                num[r] += w * y[r];
            }
            for (int r : gaps.missingRows()[c]) {
                den[r] -= w;
            }
        }
        double[] weight = scratch(rows);
        Arrays.fill(total, 0);
        Arrays.fill(weight, 0);
        for (int d = 0; d < numerator.length; d++) {
            double w = dimensionWeights[d];
            double[] num = numerator[d];
            double[] den = denominator[d];
            double[] absent = gaps.dimensionAbsent()[d];
            for (int r = 0; r < rows; r++) {
                double present = w * (1 - absent[r]);
                total[r] += present * num[r] / den[r];
                weight[r] += present;
            }
        }
        for (int r = 0; r < rows; r++) {
            total[r] /= weight[r];
        }
    }

    /**
     * @param scores [column][row] 0-100 or NaN
     * @param total receives the index score per row (NaN if a row has no indicator at all)
     * @param byDimension receives the dimension scores [dimension][row] (NaN where absent), or null
     */
    void aggregate(double[][] scores, double[] indicatorWeights, double[] dimensionWeights, double[] total,
            double[][] byDimension) {
        for (int d = 0; d < numerator.length; d++) {
            Arrays.fill(numerator[d], 0);
            Arrays.fill(denominator[d], 0);
        }
        for (int c = 0; c < scores.length; c++) {
            double w = indicatorWeights[c];
            double[] num = numerator[dimensionOf[c]];
            double[] den = denominator[dimensionOf[c]];
            double[] column = scores[c];
            for (int r = 0; r < column.length; r++) {
                double y = column[r];
                if (y == y) {
                    num[r] += w * y;
                    den[r] += w;
                }
            }
        }
        combine(dimensionWeights, total, byDimension);
    }

    private void combine(double[] dimensionWeights, double[] total, double[][] byDimension) {
        int rows = total.length;
        double[] weight = scratch(rows);
        Arrays.fill(total, 0);
        Arrays.fill(weight, 0);
        for (int d = 0; d < numerator.length; d++) {
            double w = dimensionWeights[d];
            double[] num = numerator[d];
            double[] den = denominator[d];
            for (int r = 0; r < rows; r++) {
                boolean present = den[r] > 0;
                total[r] += present ? w * num[r] / den[r] : 0;
                weight[r] += present ? w : 0;
                if (byDimension != null) {
                    byDimension[d][r] = present ? num[r] / den[r] : Double.NaN;
                }
            }
        }
        for (int r = 0; r < rows; r++) {
            total[r] = weight[r] > 0 ? total[r] / weight[r] : Double.NaN;
        }
    }

    private double[] scratch(int rows) {
        if (weightScratch == null || weightScratch.length != rows) {
            weightScratch = new double[rows];
        }
        return weightScratch;
    }
}
