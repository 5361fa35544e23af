package io.fazhi.submission.yearlocks;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.fazhi.commons.locks.YearLockedException;
import io.fazhi.commons.outbox.Outbox;
import io.fazhi.submission.config.SubmissionConfig;
import io.fazhi.submission.event.YearLockChanged;
import io.fazhi.submission.model.YearLock;
import io.fazhi.submission.model.YearLockChange;
import io.fazhi.submission.repository.YearLockRepository;
import io.fazhi.submission.service.AreaAdminPolicy;
import io.fazhi.submission.service.InvalidRequestException;
import io.fazhi.submission.service.ReportStateConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Locks an area's report year for the official release and unlocks it. While a lock of the area or of an
 * enclosing one stands, a new report version, a return or an accept of that year is refused here; the
 * indicator-service and the dashboard learn of it from YearLockChanged, which commits with the change.
 * Only county administrators of the same or an enclosing area lock and unlock; every change is kept.
 */
@ApplicationScoped
public class YearLockService {

    static final int MAX_REASON = 1000;

    private final YearLockRepository locks;
    private final AreaAdminPolicy admins;
    private final Outbox outbox;
    private final Clock clock;
    private final String topic;

    YearLockService(YearLockRepository locks, AreaAdminPolicy admins, Outbox outbox, Clock clock,
            SubmissionConfig config) {
        this.locks = locks;
        this.admins = admins;
        this.outbox = outbox;
        this.clock = clock;
        this.topic = config.locksTopic();
    }

    @Transactional
    public YearLockView lock(String area, int year, LockDecision decision) {
        admins.requireAdminOf(area);
        String reason = reasonOf(decision, false);
        YearLock row = locks.forUpdate(area, year).orElse(null);
        if (row != null && row.locked) {
            throw new YearLockedException("Area " + area + " has locked " + year + " since " + row.changedAt
                    + "; nothing was changed.");
        }
        return change(area, year, row, true, reason);
    }

    @Transactional
    public YearLockView unlock(String area, int year, LockDecision decision) {
        admins.requireAdminOf(area);
        String reason = reasonOf(decision, true);
        YearLock row = locks.forUpdate(area, year).orElse(null);
        if (row == null || !row.locked) {
            throw new ReportStateConflictException("Area " + area + " has no lock of " + year
                    + " to lift (a lock of an enclosing area is lifted there). Nothing was changed.");
        }
        return change(area, year, row, false, reason);
    }

    @Transactional
    public YearLockView view(String area, int year) {
        admins.requireAdminOf(area);
        return viewOf(area, year, locks.find(area, year).orElse(null));
    }

    /** Refuses (409) a change to this township's reports of this year while any lock over it stands. */
    public void requireOpen(String townshipCode, int year, String what) {
        List<YearLock> standing = locks.standingOver(townshipCode, year);
        if (!standing.isEmpty()) {
            YearLock lock = standing.get(0);
            throw new YearLockedException("Year " + year + " of " + townshipCode + " is locked by area " + lock.area
                    + " since " + lock.changedAt + ": " + what + " is refused until an administrator of that area "
                    + "unlocks it. Nothing was changed.");
        }
    }

    private YearLockView change(String area, int year, YearLock existing, boolean locked, String reason) {
        YearLock row = existing;
        if (row == null) {
            row = new YearLock();
            row.area = area;
            row.year = year;
        }
        row.locked = locked;
        row.changedAt = clock.instant();
        row.changedBy = admins.actor();
        row.reason = reason;
        row.revision++;
        if (existing == null) {
            persistFirst(row);
        }
        YearLockChange change = new YearLockChange();
        change.area = area;
        change.year = year;
        change.action = locked ? YearLockChange.LOCK : YearLockChange.UNLOCK;
        change.actor = row.changedBy;
        change.at = row.changedAt;
        change.reason = reason;
        change.revision = row.revision;
        locks.persistChange(change);
        YearLockChanged event = new YearLockChanged(UUID.randomUUID().toString(), row.changedAt,
                YearLockChanged.SCHEMA_VERSION, area, year, locked, row.revision, row.changedBy, reason);
        outbox.enqueue(topic, event.key(), YearLockChanged.TYPE, event.eventId(), event);
        return viewOf(area, year, row);
    }

    /**
     * The first lock of an area's year: no row to lock for update, so two administrators locking at the same moment
     * both insert; the unique key lets one through and the other gets a 409, not a failure.
     */
    private void persistFirst(YearLock row) {
        try {
            locks.persist(row);
            locks.flush();
        } catch (PersistenceException e) {
            throw new ReportStateConflictException("Area " + row.area + " was locked for " + row.year + " by another "
                    + "administrator at the same moment; nothing was changed. Read the lock and try again.");
        }
    }

    private YearLockView viewOf(String area, int year, YearLock own) {
        List<String> enclosing = locks.standingOver(area, year).stream().map(l -> l.area)
                .filter(a -> !a.equals(area)).toList();
        return YearLockView.of(area, year, own, enclosing, locks.history(area, year));
    }

    private static String reasonOf(LockDecision decision, boolean required) {
        String reason = decision == null || decision.reason() == null || decision.reason().isBlank() ? null
                : decision.reason().strip();
        if (required && reason == null) {
            throw new InvalidRequestException("reason", "must say why the released figures are reopened");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "must be at most " + MAX_REASON + " characters");
        }
        return reason;
    }
}
