package io.fazhi.dashboard.eval;

import java.util.Arrays;
import java.util.List;

/** Rank correlations of paired values ({x, y}), ties handled: Kendall's tau-b and Spearman's rho on average ranks. */
final class Correlation {

    private Correlation() {
    }

    static double kendallTauB(List<double[]> pairs) {
        long concordant = 0;
        long discordant = 0;
        long tiesX = 0;
        long tiesY = 0;
        for (int i = 0; i < pairs.size(); i++) {
            for (int j = i + 1; j < pairs.size(); j++) {
                double dx = Math.signum(pairs.get(i)[0] - pairs.get(j)[0]);
                double dy = Math.signum(pairs.get(i)[1] - pairs.get(j)[1]);
                if (dx == 0 && dy == 0) {
                    continue;
                }
                if (dx == 0) {
                    tiesX++;
                } else if (dy == 0) {
                    tiesY++;
                } else if (dx == dy) {
                    concordant++;
                } else {
                    discordant++;
                }
            }
        }
        double n0 = concordant + discordant;
        return (concordant - discordant) / Math.sqrt((n0 + tiesX) * (n0 + tiesY));
    }

    static double spearmanRho(List<double[]> pairs) {
        double[] rx = averageRanks(pairs.stream().mapToDouble(p -> p[0]).toArray());
        double[] ry = averageRanks(pairs.stream().mapToDouble(p -> p[1]).toArray());
        return pearson(rx, ry);
    }

    static double[] averageRanks(double[] xs) {
        Integer[] order = new Integer[xs.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(xs[a], xs[b]));
        double[] ranks = new double[xs.length];
        for (int i = 0; i < order.length; ) {
            int j = i;
            while (j < order.length && xs[order[j]] == xs[order[i]]) {
                j++;
            }
            for (int k = i; k < j; k++) {
                ranks[order[k]] = (i + j + 1) / 2.0;
            }
            i = j;
        }
        return ranks;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
