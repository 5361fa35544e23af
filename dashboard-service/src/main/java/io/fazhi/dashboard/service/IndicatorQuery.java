package io.fazhi.dashboard.service;

/**
 * A request for a single-indicator ranking, and its cache key; {@code perVillage} ranks the values divided by each
 * township's stated villages (the {@code perVillage} of IndicatorsComputed) instead of the totals.
 */
public record IndicatorQuery(String area, int year, String indicator, boolean perVillage) implements RankingQuery {

    /** The scale of a ranking of the values as reported, and of one divided by the stated villages. */
    public static final String TOTAL = "total";
    public static final String PER_VILLAGE = "per-village";

    /** The ranking of the values as reported. */
    public IndicatorQuery(String area, int year, String indicator) {
        this(area, year, indicator, false);
    }

    /** {@link #TOTAL} or {@link #PER_VILLAGE}, as the ranking's answer names it. */
    public String scale() {
        return perVillage ? PER_VILLAGE : TOTAL;
    }
}
