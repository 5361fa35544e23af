package io.fazhi.submission.repository;

import java.util.List;
import java.util.Optional;

import io.fazhi.submission.model.TownshipReport;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored report versions. */
@ApplicationScoped
public class ReportRepository implements PanacheRepository<TownshipReport> {

    public Optional<TownshipReport> findByContent(String townshipCode, int year, String sha256) {
        return find("townshipCode = :code and year = :year and contentSha256 = :sha",
                Parameters.with("code", townshipCode).and("year", year).and("sha", sha256))
                .firstResultOptional();
    }

    public int latestVersion(String townshipCode, int year) {
        Integer max = getEntityManager()
                .createQuery("select max(r.version) from TownshipReport r where r.townshipCode = :code and r.year = :year",
                        Integer.class)
                .setParameter("code", townshipCode).setParameter("year", year)
                .getSingleResult();
        return max == null ? 0 : max;
    }

    public List<TownshipReport> findInArea(String areaPrefix, Integer year, int pageIndex, int pageSize) {
        return areaQuery(areaPrefix, year).page(Page.of(pageIndex, pageSize)).list();
    }

    public long countInArea(String areaPrefix, Integer year) {
        return areaQuery(areaPrefix, year).count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<TownshipReport> areaQuery(String areaPrefix, Integer year) {
        String prefix = (areaPrefix == null ? "" : areaPrefix) + "%";
        Sort sort = Sort.by("townshipCode").and("year").and("version");
        if (year == null) {
            return find("townshipCode like ?1", sort, prefix);
        }
        return find("townshipCode like ?1 and year = ?2", sort, prefix, year);
    }
}
