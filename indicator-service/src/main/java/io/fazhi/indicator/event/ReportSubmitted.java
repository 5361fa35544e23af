package io.fazhi.indicator.event;

import java.time.Instant;

/**
 * This service's copy of submission-service's event; a contract test reads the producer's golden sample.
 * Fields this service does not know are ignored, so the producer may add some.
 */
public record ReportSubmitted(String eventId, Instant occurredAt, Integer schemaVersion, Long reportId,
        String townshipCode, String township, String countyCode, String county, Integer year, Integer version,
        String title, String contentSha256, Instant submittedAt, Boolean late, String text) {

    public static final int SUPPORTED_SCHEMA_VERSION = 1;
}
