package io.fazhi.dashboard.ranking;

import java.util.Arrays;

/** The ranks one township took over the Monte-Carlo runs, as a histogram over the window they span. */
final class RankDistribution {

    private final int[] histogram;
    private final int lo;
    private final int hi;
    private final int n;

    private RankDistribution(int[] histogram, int lo, int hi, int n) {
        this.histogram = histogram;
        this.lo = lo;
        this.hi = hi;
        this.n = n;
    }

    /** {@code histogram} is a reusable buffer with a slot for every possible rank; the result is valid until reuse. */
    static RankDistribution of(int[] ranks, int[] histogram) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int r : ranks) {
            lo = Math.min(lo, r);
            hi = Math.max(hi, r);
        }
        Arrays.fill(histogram, lo, hi + 1, 0);
        for (int r : ranks) {
            histogram[r]++;
        }
        return new RankDistribution(histogram, lo, hi, ranks.length);
    }

    /** Nearest-rank percentile: always a rank some run produced. */
    int percentile(double q) {
        int target = Math.max(1, (int) Math.ceil(q * n));
        int seen = 0;
        for (int r = lo; r <= hi; r++) {
            seen += histogram[r];
            if (seen >= target) {
                return r;
            }
        }
        return hi;
    }

    int countWithin(int from, int to) {
        int count = 0;
        for (int r = Math.max(lo, from); r <= Math.min(hi, to); r++) {
            count += histogram[r];
        }
        return count;
    }
}
