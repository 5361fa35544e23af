package io.fazhi.dashboard.repository;

import java.util.List;
import java.util.Optional;

import io.fazhi.dashboard.model.IndicatorReading;
import io.fazhi.dashboard.model.TownshipYear;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** The read model: one row per township and year, with its readings. Areas are 2, 4, 6 or 9-digit code prefixes. */
@ApplicationScoped
public class TownshipYearRepository implements PanacheRepository<TownshipYear> {

    public Optional<TownshipYear> find(String townshipCode, int year) {
        return find("townshipCode = ?1 and year = ?2", townshipCode, year).firstResultOptional();
    }

    /** Every year held for one township, oldest first. */
    public List<TownshipYear> history(String townshipCode) {
        return list("townshipCode = ?1 order by year", townshipCode);
    }

    /** Readings of one indicator across an area in a year. */
    public List<ReadingRow> readings(String areaPrefix, int year, String key) {
        return oneIndicator("r.value", "", areaPrefix, year, key);
    }

    /** Readings of one indicator divided by the township's stated villages, where indicator-service could divide. */
    public List<ReadingRow> perVillageReadings(String areaPrefix, int year, String key) {
        return oneIndicator("r.perVillage", " and r.perVillage is not null", areaPrefix, year, key);
    }

    /** One indicator's rows with {@code value} as the value (a column, never a caller's text), by township code. */
    private List<ReadingRow> oneIndicator(String value, String condition, String areaPrefix, int year, String key) {
        return getEntityManager().createQuery("select new io.fazhi.dashboard.repository.ReadingRow(t.townshipCode, "
                + "t.township, r.key, " + value + ", r.approx, r.unit, r.kind, r.direction, r.dimension) "
                + "from IndicatorReading r join r.townshipYear t "
                + "where t.townshipCode like :area and t.year = :year and r.key = :key" + condition
                + " order by t.townshipCode", ReadingRow.class)
                .setParameter("area", areaPrefix + "%").setParameter("year", year).setParameter("key", key)
                .getResultList();
    }

    /** Every reading of an area in a year, as projections: 70,000 rows for a province load without entities. */
    public List<ReadingRow> readings(String areaPrefix, int year) {
        return getEntityManager().createQuery("select new io.fazhi.dashboard.repository.ReadingRow(t.townshipCode, "
                + "t.township, r.key, r.value, r.approx, r.unit, r.kind, r.direction, r.dimension) "
                + "from IndicatorReading r join r.townshipYear t "
                + "where t.townshipCode like :area and t.year = :year order by t.townshipCode, r.key", ReadingRow.class)
                .setParameter("area", areaPrefix + "%").setParameter("year", year).getResultList();
    }

    /** The readings of one township and year with their evidence. */
    public List<IndicatorReading> readingsWithEvidence(String townshipCode, int year) {
        return getEntityManager().createQuery("select r from IndicatorReading r join fetch r.townshipYear t "
                + "where t.townshipCode = :code and t.year = :year order by r.key", IndicatorReading.class)
                .setParameter("code", townshipCode).setParameter("year", year).getResultList();
    }

    /** The reports of an area in a year, by township code. */
    public List<SubmissionRow> submissions(String areaPrefix, int year) {
        return getEntityManager().createQuery("select new io.fazhi.dashboard.repository.SubmissionRow(t.townshipCode, "
                + "t.township, t.reportVersion, t.submittedAt, t.late) from TownshipYear t "
                + "where t.townshipCode like :area and t.year = :year order by t.townshipCode", SubmissionRow.class)
                .setParameter("area", areaPrefix + "%").setParameter("year", year).getResultList();
    }

    /** Every county and year held, newest year first, then by county code. */
    public List<CountyYear> countyYears() {
        return getEntityManager().createQuery("select new io.fazhi.dashboard.repository.CountyYear(t.countyCode, "
                + "max(t.county), t.year, count(t)) from TownshipYear t group by t.countyCode, t.year "
                + "order by t.year desc, t.countyCode", CountyYear.class).getResultList();
    }

    /** The data version of an area over a range of years (both inclusive). */
    public DataVersion version(String areaPrefix, int fromYear, int toYear) {
        Object[] row = getEntityManager().createQuery("select count(t), coalesce(sum(t.revision), 0), "
                + "(select coalesce(sum(l.revision), 0) from LockedYear l where l.year between :from and :to "
                + "and (l.area like :area or :prefix like concat(l.area, '%'))), "
                + "(select coalesce(sum(s.revision), 0) from ReportStatus s where s.year between :from and :to "
                + "and s.townshipCode like :area) from TownshipYear t "
                + "where t.year between :from and :to and t.townshipCode like :area", Object[].class)
                .setParameter("area", areaPrefix + "%").setParameter("prefix", areaPrefix)
                .setParameter("from", fromYear).setParameter("to", toYear).getSingleResult();
        return new DataVersion(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(), ((Number) row[3]).longValue());
    }
}
