package io.fazhi.submission.bulk;

/** Fired inside the transaction that stores a bulk upload; the worker wakes once it commits. */
public record IntakeJobCreated(long jobId) {
}
