package io.fazhi.dashboard.service;

/**
 * A request for a single-indicator ranking, and its cache key; {@code perVillage} ranks the values divided by each
 * township's stated villages (the {@code perVillage} of IndicatorsComputed) instead of the totals.
 */
public record IndicatorQuery(String area, int year, String indicator, boolean perVillage) implements RankingQuery {

    /** The ranking of the values as reported. */
    public IndicatorQuery(String area, int year, String indicator) {
        this(area, year, indicator, false);
    }
}
