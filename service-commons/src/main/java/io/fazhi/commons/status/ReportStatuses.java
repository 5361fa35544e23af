package io.fazhi.commons.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Report statuses per township and year, kept from ReportStatusChanged. */
@ApplicationScoped
public class ReportStatuses implements PanacheRepository<ReportStatus> {

    private static final int MAX_TOWNSHIP = 200;
    private static final int MAX_STATUS = 20;
    private static final int MAX_REASON = 1000;

    public Optional<ReportStatus> find(String townshipCode, int year) {
        return find("townshipCode = ?1 and year = ?2", townshipCode, year).firstResultOptional();
    }

    public List<ReportStatus> inArea(String area, int year) {
        return list("townshipCode like ?1 and year = ?2 order by townshipCode", area + "%", year);
    }

    /** The accepted report version of each township of an area in a year that has one. */
    public Map<String, Integer> acceptedVersions(String area, int year) {
        Map<String, Integer> out = new HashMap<>();
        list("townshipCode like ?1 and year = ?2 and status = ?3", area + "%", year, ReportStatus.ACCEPTED)
                .forEach(s -> out.put(s.townshipCode, s.reportVersion));
        return out;
    }

    /**
     * Keeps the change: a newer report version wins; for the same version, the later change; older events change
     * nothing. Joins the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(ReportStatusChanged e) {
        ReportStatus row = find(e.townshipCode(), e.year()).orElse(null);
        if (row != null && (e.version() < row.reportVersion
                || (e.version() == row.reportVersion && !e.occurredAt().isAfter(row.changedAt)))) {
            return false;
        }
        boolean fresh = row == null;
        if (fresh) {
            row = new ReportStatus();
            row.townshipCode = e.townshipCode();
            row.year = e.year();
        }
        row.township = cut(e.township(), MAX_TOWNSHIP);
        row.reportId = e.reportId();
        row.reportVersion = e.version();
        row.status = cut(e.status(), MAX_STATUS);
        row.reason = e.reason() == null ? null : cut(e.reason(), MAX_REASON);
        row.submittedAt = e.submittedAt();
        row.late = e.late();
        row.changedAt = e.occurredAt();
        row.revision++;
        if (fresh) {
            persist(row);
        }
        return true;
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
