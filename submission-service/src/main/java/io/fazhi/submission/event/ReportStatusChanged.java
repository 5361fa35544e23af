package io.fazhi.submission.event;

import java.time.Instant;

/**
 * Published to {@code fazhi.reports.status} (key {@code townshipCode:year}) when a report version is stored
 * (SUBMITTED), returned or accepted: what coverage counts, without the text. Golden sample:
 * src/test/resources/contracts/report-status-changed.json.
 */
public record ReportStatusChanged(String eventId, Instant occurredAt, int schemaVersion, long reportId,
        String townshipCode, String township, int year, int version, String status, String reason,
        Instant submittedAt, boolean late) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "ReportStatusChanged";

    public String key() {
        return townshipCode + ":" + year;
    }
}
