package io.fazhi.submission.deadlines;

import java.time.LocalDate;

/** A due date an area (2, 4, 6 or 9-digit code prefix) set for a report year. */
public record AreaDeadline(String area, int year, LocalDate dueDate, LocalDate publishBy) {
}
