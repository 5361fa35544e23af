package io.fazhi.dashboard.ranking;

import java.util.Arrays;

/** Competition ranking (1, 2, 2, 4): a rank is one more than the number of strictly better values. */
final class Ranks {

    private Ranks() {
    }

    /** Ranks where a higher value is better; exact equality makes a tie. */
    static int[] descending(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = values.length;
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = 1 + n - upperBound(sorted, values[i]);
        }
        return ranks;
    }


    /** Highest key of {@link #descendingHundredths}: a score of 100.00. */
    static final int MAX_HUNDREDTHS = 10_000;

    /**
     * Counting-sort ranking of scores already rounded to hundredths of 0-100 and given as integers 0..10000: linear
     * time, for the Monte-Carlo loop. {@code counts} must have {@code MAX_HUNDREDTHS + 1} slots; it is overwritten.
     */
    static void descendingHundredths(int[] keys, int[] counts, int[] ranks) {
        Arrays.fill(counts, 0);
        for (int key : keys) {
            counts[key]++;
        }
        int better = 0;
        for (int v = MAX_HUNDREDTHS; v >= 0; v--) {
            int c = counts[v];
            counts[v] = better;
            better += c;
        }
        for (int i = 0; i < keys.length; i++) {
            ranks[i] = 1 + counts[keys[i]];
        }
    }

    /** Index of the first element strictly greater than {@code key} in an ascending array. */
    static int upperBound(double[] sorted, double key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first element not less than {@code key} in an ascending array. */
    static int lowerBound(double[] sorted, double key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
