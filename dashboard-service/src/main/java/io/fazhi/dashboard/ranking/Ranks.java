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
        if (keys.length < SMALL) {
            smallDescending(keys, counts, ranks);
            return;
        }
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

    /** Below this many townships, clearing 10,001 counters costs more than sorting the keys. */
    private static final int SMALL = 256;

    private static void smallDescending(int[] keys, int[] scratch, int[] ranks) {
        int n = keys.length;
        System.arraycopy(keys, 0, scratch, 0, n);
        Arrays.sort(scratch, 0, n);
        for (int i = 0; i < n; i++) {
            int lo = 0;
            int hi = n;
            while (lo < hi) { // first index whose key is greater than keys[i]
                int mid = (lo + hi) >>> 1;
                if (scratch[mid] <= keys[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            ranks[i] = 1 + n - lo;
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

    /**
     * Position of {@code key}, known to be present, among the first {@code length} elements of an ascending array of
     * distinct values; written without a data-dependent branch so that the JIT can use conditional moves.
     */
    static int indexOf(double[] sorted, int length, double key) {
        int base = 0;
        int n = length;
        while (n > 1) {
            int half = n >>> 1;
            base = sorted[base + half] <= key ? base + half : base;
            n -= half;
        }
        return base;
    }
}
