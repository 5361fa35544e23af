package io.fazhi.submission.rest;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** An area's due date for a report year, and the date by which reports are to be public. */
public record DeadlineRequest(@NotNull LocalDate dueDate, LocalDate publishBy) {
}
