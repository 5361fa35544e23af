package io.fazhi.dashboard.service;

import java.time.Instant;

import io.fazhi.commons.locks.LockedYear;

/**
 * The lock a ranking is served under: the area whose administrator locked the year, when and who. While it stands
 * the read model of the year does not change (new readings wait until the unlock), so the answer and its data hash
 * are the same before and after, on every replica.
 */
public record LockView(String area, Instant lockedAt, String lockedBy, int revision) {

    static LockView of(LockedYear lock) {
        return lock == null ? null : new LockView(lock.area, lock.changedAt, lock.changedBy, lock.revision);
    }
}
