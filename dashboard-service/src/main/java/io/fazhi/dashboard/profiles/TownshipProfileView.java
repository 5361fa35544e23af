package io.fazhi.dashboard.profiles;

import java.time.Instant;
import java.util.List;

/**
 * One township across the years the read model holds: its report, its place in its county's composite index
 * (default methodology) and each value with its rank among the county's townships and the change from the year
 * before.
 */
public record TownshipProfileView(String townshipCode, String township, String countyCode, String county,
        String methodologyVersion, List<YearView> years) {

    /** One report year. */
    public record YearView(int year, long reportId, int reportVersion, Instant submittedAt, boolean late,
            Instant computedAt, String extractorVersion, CompositePlace composite, List<IndicatorPlace> indicators) {
    }

    /** The place in the county's composite index of that year. */
    public record CompositePlace(Integer rank, Double score, Integer rankLow, Integer rankHigh, int rankedOutOf,
            boolean insufficientData, double coverage, Integer previousRank, Integer rankChange, Double scoreChange,
            String dataHash) {
    }

    /** One value; {@code rank} among the county's townships reporting it, null for direction none. */
    public record IndicatorPlace(String key, String dimension, String direction, String kind, String unit,
            double value, boolean approx, Integer rank, int rankedOutOf, Double previousValue, Double valueChange) {
    }
}
