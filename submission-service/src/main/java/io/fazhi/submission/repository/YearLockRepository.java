package io.fazhi.submission.repository;

import java.util.List;
import java.util.Optional;

import io.fazhi.submission.model.YearLock;
import io.fazhi.submission.model.YearLockChange;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Year locks per area, and their history. */
@ApplicationScoped
public class YearLockRepository implements PanacheRepository<YearLock> {

    /** The area's row, locked for update: two administrators locking at once change it one after the other. */
    public Optional<YearLock> forUpdate(String area, int year) {
        return find("area = ?1 and year = ?2", area, year).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public Optional<YearLock> find(String area, int year) {
        return find("area = ?1 and year = ?2", area, year).firstResultOptional();
    }

    /** The standing locks of this year whose area is the code itself or encloses it (a prefix of 2, 4, 6 digits). */
    public List<YearLock> standingOver(String code, int year) {
        // a prefix match rather than an in-list of AreaCodes.enclosing(code): same rows (areas have 2, 4, 6 or 9
        // digits), and a query Hibernate translates once instead of on every submission
        return list("year = ?1 and locked = true and ?2 like concat(area, '%') order by area", year, code);
    }

    public List<YearLockChange> history(String area, int year) {
        return getEntityManager().createQuery("from YearLockChange c where c.area = :area and c.year = :year "
                + "order by c.id", YearLockChange.class).setParameter("area", area).setParameter("year", year)
                .getResultList();
    }

    public void persistChange(YearLockChange change) {
        getEntityManager().persist(change);
    }
}
