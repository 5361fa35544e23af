package io.fazhi.submission.service;

import java.time.Instant;

import io.fazhi.submission.model.ReportStatusChange;

/** One step of a report version's status history. */
public record StatusChangeView(long reportId, int version, String fromStatus, String toStatus, String actor,
        Instant at, String reason) {

    static StatusChangeView of(ReportStatusChange c) {
        return new StatusChangeView(c.reportId, c.version, c.fromStatus, c.toStatus, c.actor, c.at, c.reason);
    }
}
