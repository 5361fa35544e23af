package io.fazhi.dashboard.service;

/** A request for a single-indicator ranking, and its cache key. */
public record IndicatorQuery(String area, int year, String indicator) implements RankingQuery {
}
