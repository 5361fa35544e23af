package io.fazhi.dashboard.coverage;

import java.time.Instant;

/** A township's report for the year as the read model holds it; {@code late} as submission-service judged it. */
public record Submission(String code, String name, int reportVersion, Instant submittedAt, boolean late) {
}
