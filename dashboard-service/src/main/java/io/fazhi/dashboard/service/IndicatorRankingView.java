package io.fazhi.dashboard.service;

import java.util.List;

/**
 * A ranking of townships of an area by one indicator in one year, with the methodology version and a hash of the
 * values it was computed from, the lock it is served under (null while the year is open), and the townships withheld
 * where the area publishes accepted values only (null elsewhere). {@code scale} is {@code total} (the values as
 * reported) or {@code per-village} (each divided by the township's stated villages and communities).
 */
public record IndicatorRankingView(String area, int year, String indicator, String scale, String dimension,
        String direction, String kind, String unit, boolean ranked, String methodologyVersion, String dataHash,
        Integer previousYear, LockView lock, PublicationView publication, List<Entry> entries) {

    /** One township's place; {@code rank} is null when the indicator is reported but never ranked. */
    public record Entry(Integer rank, String townshipCode, String township, double value, boolean approx,
            Change change) {
    }

    /** Against the previous year: {@code rankChange} is previous minus current rank (positive moved up). */
    public record Change(Integer previousRank, Integer rankChange, Double previousValue, Double valueChange) {
    }
}
