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
 * {@code perVillage} divides count indicators by the township's stated villages.
 */
public record TownshipIndicators(String townshipCode, String township, String countyCode, String county, int year,
        long reportId, int reportVersion, Instant computedAt, String extractorVersion, List<Quantity> quantities,
        List<IndicatorValue> indicators, Map<String, Boolean> flags, Map<String, Object> structure,
        Map<String, BigDecimal> perVillage) {
}
