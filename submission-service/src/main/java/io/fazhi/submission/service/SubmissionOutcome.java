package io.fazhi.submission.service;

/** The stored report, and whether this submission created it or found it already stored. */
public record SubmissionOutcome(ReportView report, boolean created) {
}
