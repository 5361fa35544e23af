package io.fazhi.indicator.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.fazhi.indicator.extraction.IndicatorValue;
import io.fazhi.indicator.extraction.Quantity;

/**
 * The extraction of a township's latest report version for a year, in the shape of an extraction. Tri-state: an
 * indicator is a value, an explicit zero (value 0 with the words that state it), or absent (not mentioned).
 * {@code perVillage} divides count indicators by the township's stated villages. {@code indicators} are what the
 * extractor read; {@code values} are the values in force, the extractor's or a reviewer's ({@code source}
 * {@code machine} or {@code reviewed}, with {@code reviewedBy}): the ones rankings use.
 */
public record TownshipIndicators(String townshipCode, String township, String countyCode, String county, int year,
        long reportId, int reportVersion, Instant computedAt, String extractorVersion, List<Quantity> quantities,
        List<IndicatorValue> indicators, Map<String, Boolean> flags, Map<String, Object> structure,
        Map<String, BigDecimal> perVillage, List<ValueInForce> values) {

    /** A value as rankings use it. */
    public record ValueInForce(String key, BigDecimal value, boolean approx, String unit, Double confidence,
            boolean needsReview, String source, String reviewedBy) {
    }
}
