package io.fazhi.dashboard.ranking;

/** One township's value in a single-indicator ranking; {@code rank} is null for direction-none indicators. */
public record RankedValue(Integer rank, String townshipCode, String township, double value, boolean approx) {
}
