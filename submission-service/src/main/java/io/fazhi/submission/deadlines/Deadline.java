package io.fazhi.submission.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The deadline in force for one township and report year: {@code area} is the prefix whose setting applied, or
 * null for the configured default. {@code dueAt}/{@code publishByAt} are the first late instants (the day after,
 * 00:00 county time).
 */
public record Deadline(String area, int year, LocalDate dueDate, LocalDate publishBy, Instant dueAt,
        Instant publishByAt) {

    public boolean isLate(Instant submittedAt) {
        return !submittedAt.isBefore(dueAt);
    }
}
