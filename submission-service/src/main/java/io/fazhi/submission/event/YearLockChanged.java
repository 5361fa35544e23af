package io.fazhi.submission.event;

import java.time.Instant;

/**
 * Published to {@code fazhi.years.locks} (key {@code area:year}) when a county administrator locks or unlocks an
 * area's report year. {@code revision} counts the changes of that area and year, so that a consumer keeps the
 * newest. Golden sample: src/test/resources/contracts/year-lock-changed.json.
 */
public record YearLockChanged(String eventId, Instant occurredAt, int schemaVersion, String area, int year,
        boolean locked, int revision, String changedBy, String reason) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "YearLockChanged";

    public String key() {
        return area + ":" + year;
    }
}
