package io.fazhi.dashboard.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * This service's copy of indicator-service's event (only the fields it uses); a contract test reads the producer's
 * golden sample.
 */
public record IndicatorsComputed(String eventId, Instant occurredAt, Integer schemaVersion, String townshipCode,
        String township, String countyCode, String county, Integer year, Long reportId, Integer reportVersion,
        Instant submittedAt, Boolean late, String extractorVersion, Instant computedAt,
        List<ComputedIndicator> indicators) {

    public static final int SUPPORTED_SCHEMA_VERSION = 1;

    /**
     * One value with what a ranking needs to know of it; {@code source} machine or reviewed (null from producers
     * before reviews existed: machine), {@code reviewedBy} the reviewer, {@code perVillage} the value divided by the
     * township's stated villages (counts only; null otherwise).
     */
    public record ComputedIndicator(String key, BigDecimal value, boolean approx, String unit, String kind,
            String direction, String dimension, BigDecimal perVillage, List<Quote> evidence, String source,
            String reviewedBy) {
    }

    /** Words of the report behind a value. */
    public record Quote(String quote, int start, int end) {
    }
}
