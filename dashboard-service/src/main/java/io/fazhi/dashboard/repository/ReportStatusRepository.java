package io.fazhi.dashboard.repository;

import java.util.List;
import java.util.Optional;

import io.fazhi.dashboard.model.ReportStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Report statuses per township and year. */
@ApplicationScoped
public class ReportStatusRepository implements PanacheRepository<ReportStatus> {

    public Optional<ReportStatus> find(String townshipCode, int year) {
        return find("townshipCode = ?1 and year = ?2", townshipCode, year).firstResultOptional();
    }

    public List<ReportStatus> inArea(String area, int year) {
        return list("townshipCode like ?1 and year = ?2 order by townshipCode", area + "%", year);
    }
}
