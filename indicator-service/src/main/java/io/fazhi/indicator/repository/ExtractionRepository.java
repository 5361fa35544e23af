package io.fazhi.indicator.repository;

import java.util.List;
import java.util.Optional;

import io.fazhi.indicator.model.ReportExtraction;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** Extractions per township, year and report version. */
@ApplicationScoped
public class ExtractionRepository implements PanacheRepository<ReportExtraction> {

    /** The extraction of the newest report version of a township and year. */
    public Optional<ReportExtraction> findLatest(String townshipCode, int year) {
        return find("townshipCode = ?1 and year = ?2", Sort.descending("reportVersion"), townshipCode, year)
                .firstResultOptional();
    }

    /** The newest report version of each township of an area in a year. */
    public List<ReportExtraction> findLatestInArea(String areaPrefix, int year) {
        return find("from ReportExtraction e where e.townshipCode like ?1 and e.year = ?2 and e.reportVersion = "
                + "(select max(o.reportVersion) from ReportExtraction o where o.townshipCode = e.townshipCode "
                + "and o.year = e.year) order by e.townshipCode", areaPrefix + "%", year).list();
    }

    /** The extraction of one report version, if it was read. */
    public Optional<ReportExtraction> findVersion(String townshipCode, int year, int version) {
        return find("townshipCode = ?1 and year = ?2 and reportVersion = ?3", townshipCode, year, version)
                .firstResultOptional();
    }

    /** A stored reading: its id, township and year. */
    public record ReadingRef(long id, String townshipCode, int year) {
    }

    /** The newest report versions in an area read by another extractor version than {@code current}. */

    public List<ReadingRef> findLatestNotReadBy(String current, String areaPrefix) {
        return getEntityManager().createQuery("select new io.fazhi.indicator.repository.ExtractionRepository$ReadingRef("
                + "e.id, e.townshipCode, e.year) from ReportExtraction e where e.extractorVersion <> :v "
                + "and e.townshipCode like :area "
                + "and e.reportVersion = (select max(o.reportVersion) from ReportExtraction o "
                + "where o.townshipCode = e.townshipCode and o.year = e.year) order by e.id", ReadingRef.class)
                .setParameter("v", current).setParameter("area", areaPrefix + "%").getResultList();
    }
}
