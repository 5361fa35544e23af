package io.fazhi.dashboard.ranking;

/**
 * How an indicator's raw values become 0-100 scores. {@code GOALPOSTS} uses the fixed goalposts where an indicator has
 * them and min-max elsewhere.
 */
public enum Normalization {
    MIN_MAX, Z_SCORE, PERCENTILE, GOALPOSTS
}
