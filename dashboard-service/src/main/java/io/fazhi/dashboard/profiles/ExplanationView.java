package io.fazhi.dashboard.profiles;

import java.util.List;

/**
 * Why a township has its place in a composite index: each dimension's and indicator's score, effective weight and
 * contribution (contributions add up to the score before rounding), with the words of the report behind each value;
 * then the township's values that are not part of the index and why.
 */
public record ExplanationView(String townshipCode, String township, String area, int year, String dimension,
        Integer rank, Double score, Integer rankLow, Integer medianRank, Integer rankHigh, boolean insufficientData,
        double coverage, String methodologyVersion, String dataHash, List<DimensionPart> dimensions,
        List<OtherValue> notInIndex) {

    /** One dimension; {@code score} null when the township reports none of its indicators. */
    public record DimensionPart(String dimension, Double score, double weight, double contribution,
            List<IndicatorPart> indicators) {
    }

    /**
     * One indicator of the index; {@code value} null when the township does not report it, {@code missing} then says
     * what the missing-data rule gave it (no-credit, imputed; null: left out, weight 0). {@code source}: machine or
     * reviewed (a county reviewer's value, by {@code reviewedBy}).
     */
    public record IndicatorPart(String key, Double value, boolean approx, String unit, Double score, double weight,
            double contribution, String missing, String source, String reviewedBy, List<Quote> evidence) {
    }

    /** A value the township reported that the index does not use. */
    public record OtherValue(String key, String dimension, double value, boolean approx, String unit, String reason,
            String source, String reviewedBy, List<Quote> evidence) {
    }

    /** Words of the report: the quote and the UTF-16 offsets of the mention in the submitted text. */
    public record Quote(String quote, int start, int end) {
    }
}
