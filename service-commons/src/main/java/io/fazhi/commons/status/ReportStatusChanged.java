package io.fazhi.commons.status;

import java.time.Instant;

/**
 * A report version stored (SUBMITTED), returned or accepted, as submission-service publishes it on
 * {@code fazhi.reports.status} (key {@code townshipCode:year}); no text. The consumers' reading
 * (boxed, so that a missing field is caught); submission-service writes its own record of the same shape.
 */
public record ReportStatusChanged(String eventId, Instant occurredAt, Integer schemaVersion, Long reportId,
        String townshipCode, String township, Integer year, Integer version, String status, String reason,
        Instant submittedAt, Boolean late) {

    public static final int SUPPORTED_SCHEMA_VERSION = 1;
}
