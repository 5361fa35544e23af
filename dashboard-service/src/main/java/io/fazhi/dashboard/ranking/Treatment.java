package io.fazhi.dashboard.ranking;

/**
 * One thing the engine did to the data before or while aggregating, listed in every composite result so that a county
 * can see (and defend) it. {@code indicatorKey} is null for treatments of the whole index.
 */
public record Treatment(Kind kind, String indicatorKey, String detail) {

    private static final int LISTED = 20;

    /** Names at most twenty townships, then says how many more. */
    static String listing(java.util.List<String> items) {
        if (items.size() <= LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED) + " more";
    }

    /** The kinds of treatment. */
    public enum Kind {
        /** Direction none: reported and compared, never part of an index. */
        EXCLUDED_NOT_RANKED,
        /** No township in scope reports the indicator (or none that is ranked). */
        EXCLUDED_NO_DATA,
        /** Weight 0 requested. */
        EXCLUDED_ZERO_WEIGHT,
        /** A weight named a dimension or indicator outside the requested scope. */
        WEIGHT_IGNORED,
        /** Approximate values treated as missing because the methodology excludes them. */
        APPROX_EXCLUDED,
        /** Townships below the coverage threshold, listed but not ranked. */
        INSUFFICIENT_DATA,
        /** Extreme values replaced by the next value (skewness and kurtosis too high). */
        WINSORIZED,
        /** Still skewed after winsorizing the maximum number of points; left as is. */
        STILL_SKEWED,
        /** Every ranked township has the same value: all scored 50. */
        ZERO_VARIANCE,
        /** Goalposts normalization asked for but none configured for the indicator: min-max used. */
        GOALPOSTS_FALLBACK,
        /** Ranked townships missing the indicator: its weight re-distributed over their present indicators. */
        REWEIGHTED,
        /** The missing-data rule of the index, in words (listed in every index). */
        MISSING_DATA_RULE,
        /** Townships that do not state an up indicator and earn no credit for it (score 0). */
        NO_CREDIT,
        /** Unstated values imputed with the median of the peer group. */
        IMPUTED,
        /** Indicators stated by too few townships of the area: listed, not indexed. */
        EXCLUDED_LOW_COVERAGE,
        /** The disclosure dimension was computed and added. */
        DISCLOSURE_ADDED,
        /** Ranks are within peer groups. */
        PEER_GROUPS
    }
}
