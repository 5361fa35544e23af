package io.fazhi.dashboard.ranking;

import java.util.Arrays;

/**
 * Two-level weighted arithmetic mean: indicator scores into dimension scores, dimension scores into the index. A
 * missing indicator is left out and the weights of the present ones in its dimension re-normalised; a dimension with
 * no present indicator is left out of the index the same way (handbook: aggregate over available data).
 */
final class Aggregator {

    private final int[] dimensionOf;
    private final double[][] numerator;
    private final double[][] denominator;
    private double[] weightScratch;

    Aggregator(int[] dimensionOf, int dimensions, int rows) {
        this.dimensionOf = dimensionOf;
        this.numerator = new double[dimensions][rows];
        this.denominator = new double[dimensions][rows];
    }

    /**
     * The Monte-Carlo variant: {@code dense} holds 0 where {@code present} holds 0, so the inner loop has no branch
     * and vectorizes; the result is the same as {@link #aggregate} on the NaN form.
     */
    void aggregateDense(double[][] dense, double[][] present, double[] indicatorWeights, double[] dimensionWeights,
            double[] total) {
        for (int d = 0; d < numerator.length; d++) {
            Arrays.fill(numerator[d], 0);
            Arrays.fill(denominator[d], 0);
        }
        for (int c = 0; c < dense.length; c++) {
            double w = indicatorWeights[c];
            double[] num = numerator[dimensionOf[c]];
            double[] den = denominator[dimensionOf[c]];
            double[] y = dense[c];
            double[] m = present[c];
            for (int r = 0; r < y.length; r++) {
                num[r] += w * y[r];
                den[r] += w * m[r];
            }
        }
        combine(dimensionWeights, total, null);
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
