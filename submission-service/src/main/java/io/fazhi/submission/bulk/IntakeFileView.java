package io.fazhi.submission.bulk;

import java.time.Instant;

import io.fazhi.commons.problem.Problem;

/**
 * One file of a bulk upload: {@code name} as uploaded (a zip entry's path), {@code state} QUEUED, PROCESSING, STORED
 * or REFUSED. A STORED file names the report it became ({@code reportId}, {@code townshipCode}, {@code township},
 * {@code year}, {@code version}; {@code created} false when the identical text was already stored); a REFUSED one
 * carries the {@code refusal} a single upload of it would have answered with (type, title, status, detail).
 */
public record IntakeFileView(int position, String name, long sizeBytes, String state, Long reportId,
        String townshipCode, String township, Integer year, Integer version, Boolean created, Problem refusal,
        Instant finishedAt) {
}
