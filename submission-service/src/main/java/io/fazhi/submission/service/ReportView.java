package io.fazhi.submission.service;

import java.time.Instant;
import java.util.List;

import io.fazhi.submission.detection.Detection;
import io.fazhi.submission.files.FileView;

/**
 * A stored report as callers see it (without its text). {@code detection} is what was read from the title and text
 * (with the words and offsets), {@code fromText} the fields taken from it rather than given; {@code file} is the
 * uploaded original, null for JSON submissions; {@code deadlineArea} the area whose due date applied (null: default);
 * {@code submittedBy} the subject of the token it came with (null for reports stored before it was recorded).
 * {@code status}: SUBMITTED, RETURNED (with {@code statusReason}, for the township to answer with a new version) or
 * ACCEPTED; {@code statusChangedAt} and {@code statusChangedBy} say when and by whom it last changed.
 */
public record ReportView(long id, String townshipCode, String township, String countyCode, String county, int year,
        int version, String title, String contentSha256, int textChars, Instant submittedAt, String submittedBy,
        Instant dueAt,
        boolean late, String status, String statusReason, Instant statusChangedAt, String statusChangedBy,
        Instant publishBy, String deadlineArea, String documentNumber, String signer,
        List<String> fromText, Detection detection, FileView file) {
}
