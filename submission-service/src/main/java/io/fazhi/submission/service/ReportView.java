package io.fazhi.submission.service;

import java.time.Instant;

/** A stored report as callers see it (without its text). */
public record ReportView(long id, String townshipCode, String township, String countyCode, String county, int year,
        int version, String title, String contentSha256, int textChars, Instant submittedAt, Instant dueAt,
        boolean late, String status) {
}
