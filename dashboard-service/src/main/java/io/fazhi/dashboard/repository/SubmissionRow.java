package io.fazhi.dashboard.repository;

import java.time.Instant;

/** A township's report for a year as the read model holds it: enough for coverage and timeliness. */
public record SubmissionRow(String townshipCode, String township, int reportVersion, Instant submittedAt,
        boolean late) {
}
