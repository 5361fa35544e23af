package io.fazhi.dashboard.service;

import java.util.List;

/** A ranking of townships of an area by one indicator in one year. */
public record IndicatorRankingView(String area, int year, String indicator, String direction, String unit,
        boolean ranked, List<Entry> entries) {

    /** One township's place; {@code rank} is null when the indicator is reported but never ranked. */
    public record Entry(Integer rank, String townshipCode, String township, double value, boolean approx) {
    }
}
