package io.fazhi.submission.event;

import java.time.Instant;

/**
 * Published to {@code fazhi.reports.submitted} (key {@code townshipCode:year}) once a report version is stored.
 * Carries the text so that consumers need not call back. Golden sample: src/test/resources/contracts/report-submitted.json.
 */
public record ReportSubmitted(String eventId, Instant occurredAt, int schemaVersion, long reportId,
        String townshipCode, String township, String countyCode, String county, int year, int version, String title,
        String contentSha256, Instant submittedAt, boolean late, String text) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "ReportSubmitted";

    public String key() {
        return townshipCode + ":" + year;
    }
}
