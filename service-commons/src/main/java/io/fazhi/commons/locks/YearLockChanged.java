package io.fazhi.commons.locks;

import java.time.Instant;

/**
 * An area's report year locked or unlocked, as submission-service publishes it on {@code fazhi.years.locks}
 * (key {@code area:year}). {@code revision} counts the changes of that area and year: the highest one holds.
 */
public record YearLockChanged(String eventId, Instant occurredAt, Integer schemaVersion, String area, Integer year,
        Boolean locked, Integer revision, String changedBy, String reason) {

    public static final int SUPPORTED_SCHEMA_VERSION = 1;
}
