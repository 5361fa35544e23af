package io.fazhi.submission.service;

import java.time.Instant;

import io.fazhi.submission.config.SubmissionConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** When a year's report is due: by the end of the configured day of the following year, county time. */
@ApplicationScoped
public class DeadlinePolicy {

    private final SubmissionConfig config;

    DeadlinePolicy(SubmissionConfig config) {
        this.config = config;
    }

    /** The first instant at which a report for {@code year} counts as late. */
    public Instant dueAt(int year) {
        return config.dueDate().atYear(year + 1).plusDays(1).atStartOfDay(config.zone()).toInstant();
    }

    public boolean isLate(int year, Instant submittedAt) {
        return !submittedAt.isBefore(dueAt(year));
    }
}
