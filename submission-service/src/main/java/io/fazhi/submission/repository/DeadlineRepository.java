package io.fazhi.submission.repository;

import java.util.List;
import java.util.Optional;

import io.fazhi.submission.model.ReportDeadline;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

/** Due dates set per area and report year. */
@ApplicationScoped
public class DeadlineRepository implements PanacheRepository<ReportDeadline> {

    public Optional<ReportDeadline> find(String area, int year) {
        return find("area = ?1 and year = ?2", area, year).firstResultOptional();
    }

    /** The rows of this year whose area is a prefix of the code (the code's province, city, county, itself). */
    public List<ReportDeadline> covering(String townshipCode, int year) {
        // a prefix match, not an in-list of AreaCodes.enclosing: same rows, translated once (see YearLockRepository)
        return list("year = ?1 and ?2 like concat(area, '%')", year, townshipCode);
    }

    public List<ReportDeadline> inArea(String areaPrefix, Integer year) {
        String like = (areaPrefix == null ? "" : areaPrefix) + "%";
        Sort sort = Sort.by("year").and("area");
        return year == null ? list("area like ?1", sort, like) : list("area like ?1 and year = ?2", sort, like, year);
    }
}
