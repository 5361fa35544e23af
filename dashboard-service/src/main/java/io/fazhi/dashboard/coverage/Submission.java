package io.fazhi.dashboard.coverage;

import java.time.Instant;

/**
 * A township's latest report for the year: {@code late} as submission-service judged it, {@code status} its review
 * state (SUBMITTED, RETURNED, ACCEPTED), {@code extracted} whether its indicators reached the read model.
 */
public record Submission(String code, String name, int reportVersion, Instant submittedAt, boolean late,
        String status, boolean extracted) {

    public static final String RETURNED = "RETURNED";
    public static final String ACCEPTED = "ACCEPTED";

    /** A report known from the read model alone (extracted, status not told). */
    public Submission(String code, String name, int reportVersion, Instant submittedAt, boolean late) {
        this(code, name, reportVersion, submittedAt, late, "SUBMITTED", true);
    }
}
