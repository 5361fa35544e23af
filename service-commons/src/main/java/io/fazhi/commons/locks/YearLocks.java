package io.fazhi.commons.locks;

import java.util.List;
import java.util.Optional;

import io.fazhi.commons.area.AreaCodes;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The year locks a consuming service holds, kept from YearLockChanged: which townships' years are locked, and by
 * which area. A lock of an area holds every township whose code starts with it.
 */
@ApplicationScoped
public class YearLocks implements PanacheRepository<LockedYear> {

    /** Keeps the change unless a newer revision of the same area and year is already held; joins the caller's tx. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(YearLockChanged change) {
        LockedYear row = find("area = ?1 and year = ?2", change.area(), change.year()).firstResultOptional()
                .orElse(null);
        if (row != null && row.revision >= change.revision()) {
            return false;
        }
        boolean fresh = row == null;
        if (fresh) {
            row = new LockedYear();
            row.area = change.area();
            row.year = change.year();
        }
        row.locked = change.locked();
        row.revision = change.revision();
        row.changedAt = change.occurredAt();
        row.changedBy = change.changedBy();
        if (fresh) {
            persist(row);
        }
        return true;
    }

    /** The standing lock over a code (a township or an area) in a year: its own area's or an enclosing one's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<LockedYear> over(String code, int year) {
        if (AreaCodes.enclosing(code).isEmpty()) {
            return Optional.empty();
        }
        // areas have 2, 4, 6 or 9 digits: one encloses the code when it is a prefix of it; written without an
        // in-list or a limit, so that Hibernate keeps the query's SQL instead of translating it on every call
        List<LockedYear> standing = list("year = ?1 and locked = true and ?2 like concat(area, '%') order by area",
                year, code);
        return standing.stream().findFirst();
    }

    /** Refuses (409) a change to this township's values of this year while a lock over it stands. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireOpen(String townshipCode, int year, String what) {
        Optional<LockedYear> lock = over(townshipCode, year);
        if (lock.isPresent()) {
            throw new YearLockedException("Year " + year + " of " + townshipCode + " is locked by area "
                    + lock.get().area + " since " + lock.get().changedAt + ": " + what + " is refused until an "
                    + "administrator of that area unlocks it. Nothing was changed.");
        }
    }
}
