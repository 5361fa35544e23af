package io.fazhi.submission.service;

import java.time.Clock;
import java.util.List;

import io.fazhi.submission.model.ReportStatusChange;
import io.fazhi.submission.model.TownshipReport;
import io.fazhi.submission.repository.ReportRepository;
import io.fazhi.submission.yearlocks.YearLockService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The county's decision on a township's report: the latest version moves from submitted to returned (with a reason
 * the township reads; it answers with a new version, which starts as submitted) or accepted; an accepted report can
 * be returned again. Only county administrators of an enclosing area decide, never in a locked year; every change
 * is kept and published as ReportStatusChanged.
 */
@ApplicationScoped
public class ReportReviewService {

    static final String RETURNED = "RETURNED";
    static final String ACCEPTED = "ACCEPTED";
    static final int MAX_REASON = 1000;

    private final ReportRepository reports;
    private final ReportConversions mapper;
    private final ReportAccess access;
    private final EntityManager em;
    private final YearLockService locks;
    private final StatusEvents statusEvents;
    private final Clock clock;

    ReportReviewService(ReportRepository reports, ReportConversions mapper, ReportAccess access, EntityManager em,
            YearLockService locks, StatusEvents statusEvents, Clock clock) {
        this.reports = reports;
        this.mapper = mapper;
        this.access = access;
        this.em = em;
        this.locks = locks;
        this.statusEvents = statusEvents;
        this.clock = clock;
    }

    @Transactional
    public ReportView returnReport(long id, ReportDecision decision) {
        String reason = decision == null ? null : decision.reason();
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "must say what the township is to change");
        }
        TownshipReport report = decidable(id, reason);
        if (RETURNED.equals(report.status)) {
            throw new ReportStateConflictException("Report " + id + " is already returned; the township answers with "
                    + "a new version. Nothing was changed.");
        }
        return change(report, RETURNED, reason.strip());
    }

    @Transactional
    public ReportView accept(long id, ReportDecision decision) {
        String reason = decision == null || decision.reason() == null || decision.reason().isBlank() ? null
                : decision.reason().strip();
        TownshipReport report = decidable(id, reason);
        if (!ReportSubmissionService.STATUS_SUBMITTED.equals(report.status)) {
            throw new ReportStateConflictException("Report " + id + " is " + report.status.toLowerCase(
                    java.util.Locale.ROOT) + "; only a submitted report can be accepted. Nothing was changed.");
        }
        return change(report, ACCEPTED, reason);
    }

    /** The status changes of a report version, oldest first; for its township and the admins of its area. */
    @Transactional
    public List<StatusChangeView> history(long id) {
        TownshipReport report = reports.findByIdOptional(id).orElseThrow(() -> new ReportNotFoundException(id));
        access.requireTextOf(report.townshipCode);
        return em.createQuery("from ReportStatusChange c where c.reportId = :id order by c.id", ReportStatusChange.class)
                .setParameter("id", id).getResultList().stream().map(StatusChangeView::of).toList();
    }

    private TownshipReport decidable(long id, String reason) {
        TownshipReport report = reports.findByIdOptional(id).orElseThrow(() -> new ReportNotFoundException(id));
        access.requireReviewOf(report.townshipCode);
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidRequestException("reason", "must be at most " + MAX_REASON + " characters");
        }
        int latest = reports.latestVersion(report.townshipCode, report.year);
        if (report.version != latest) {
            throw new ReportStateConflictException("Report " + id + " is version " + report.version + "; version "
                    + latest + " has replaced it. Decide on the latest version. Nothing was changed.");
        }
        locks.requireOpen(report.townshipCode, report.year, "returning or accepting a report");
        return report;
    }

    private ReportView change(TownshipReport report, String status, String reason) {
        ReportStatusChange c = new ReportStatusChange();
        c.reportId = report.id;
        c.townshipCode = report.townshipCode;
        c.year = report.year;
        c.version = report.version;
        c.fromStatus = report.status;
        c.toStatus = status;
        c.actor = access.submitter();
        c.at = clock.instant();
        c.reason = reason;
        em.persist(c);
        report.status = status;
        report.statusReason = reason;
        report.statusChangedAt = c.at;
        report.statusChangedBy = c.actor;
        statusEvents.changed(report);
        return mapper.toView(report);
    }
}
