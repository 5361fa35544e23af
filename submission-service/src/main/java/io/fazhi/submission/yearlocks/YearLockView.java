package io.fazhi.submission.yearlocks;

import java.time.Instant;
import java.util.List;

import io.fazhi.submission.model.YearLock;
import io.fazhi.submission.model.YearLockChange;

/**
 * An area's report year: whether its own lock stands, the enclosing areas' locks that also hold it, and every
 * lock and unlock so far, oldest first.
 */
public record YearLockView(String area, int year, boolean locked, Instant changedAt, String changedBy,
        String reason, int revision, List<String> lockedByEnclosingAreas, List<Change> history) {

    /** One lock or unlock. */
    public record Change(String action, String actor, Instant at, String reason, int revision) {
        static Change of(YearLockChange c) {
            return new Change(c.action, c.actor, c.at, c.reason, c.revision);
        }
    }

    static YearLockView of(String area, int year, YearLock own, List<String> enclosing, List<YearLockChange> history) {
        List<Change> changes = history.stream().map(Change::of).toList();
        if (own == null) {
            return new YearLockView(area, year, false, null, null, null, 0, enclosing, changes);
        }
        return new YearLockView(area, year, own.locked, own.changedAt, own.changedBy, own.reason, own.revision,
                enclosing, changes);
    }
}
