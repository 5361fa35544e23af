package io.fazhi.dashboard.event;

import java.time.Instant;

/**
 * A report version stored (SUBMITTED), returned or accepted, as submission-service publishes it on
 * {@code fazhi.reports.status} (key {@code townshipCode:year}); no text.
 */
public record ReportStatusChanged(String eventId, Instant occurredAt, Integer schemaVersion, Long reportId,
        String townshipCode, String township, Integer year, Integer version, String status, String reason,
        Instant submittedAt, Boolean late) {

    public static final int SUPPORTED_SCHEMA_VERSION = 1;
}
