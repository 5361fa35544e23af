package io.fazhi.dashboard.ranking;

/**
 * Sample skewness and excess kurtosis with the small-sample corrections of Excel's SKEW and KURT (as in the JRC COIN
 * tool and COINr), which the handbook's outlier thresholds (2 and 3.5) are stated against.
 */
final class Moments {

    private Moments() {
    }

    static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    /** Zero when fewer than three values or no spread. */
    static double skewness(double[] xs) {
        int n = xs.length;
        if (n < 3) {
            return 0;
        }
        double m = mean(xs);
        double m2 = 0;
        double m3 = 0;
        for (double x : xs) {
            double d = x - m;
            m2 += d * d;
            m3 += d * d * d;
        }
        double s = Math.sqrt(m2 / (n - 1));
        if (s == 0) {
            return 0;
        }
        return n / ((n - 1.0) * (n - 2.0)) * m3 / (s * s * s);
    }

    /** Excess kurtosis; zero when fewer than four values or no spread. */
    static double kurtosis(double[] xs) {
        int n = xs.length;
        if (n < 4) {
            return 0;
        }
        double m = mean(xs);
        double m2 = 0;
        double m4 = 0;
        for (double x : xs) {
            double d = x - m;
            double d2 = d * d;
            m2 += d2;
            m4 += d2 * d2;
        }
        double var = m2 / (n - 1);
        if (var == 0) {
            return 0;
        }
        double a = n * (n + 1.0) / ((n - 1.0) * (n - 2.0) * (n - 3.0)) * m4 / (var * var);
        return a - 3.0 * (n - 1.0) * (n - 1.0) / ((n - 2.0) * (n - 3.0));
    }
}
