package io.fazhi.dashboard.ranking;

/** A township's raw value of one indicator and its 0-100 score in the index (null when the value was not used). */
public record ScoredValue(double value, boolean approx, Double score) {
}
