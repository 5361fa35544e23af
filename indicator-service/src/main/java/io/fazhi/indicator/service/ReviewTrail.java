package io.fazhi.indicator.service;

import java.math.BigDecimal;
import java.time.Clock;

import io.fazhi.indicator.model.AuditEntry;
import io.fazhi.indicator.model.AuditEntry.Step;
import io.fazhi.indicator.model.ReportExtraction;
import io.fazhi.indicator.repository.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Appends the steps of a report's review to its audit trail, in the caller's transaction. */
@ApplicationScoped
public class ReviewTrail {

    private final AuditRepository audit;
    private final Clock clock;

    ReviewTrail(AuditRepository audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void record(ReportExtraction report, String key, Step step, String actor, BigDecimal old, BigDecimal now,
            String reason) {
        AuditEntry a = new AuditEntry();
        a.townshipCode = report.townshipCode;
        a.year = report.year;
        a.reportVersion = report.reportVersion;
        a.key = key;
        a.step = step;
        a.actor = actor;
        a.at = clock.instant();
        a.oldValue = old;
        a.newValue = now;
        a.reason = reason;
        audit.persist(a);
    }
}
