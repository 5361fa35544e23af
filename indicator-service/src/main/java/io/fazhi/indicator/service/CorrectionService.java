package io.fazhi.indicator.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.fazhi.commons.locks.YearLocks;
import io.fazhi.commons.problem.Violation;
import io.fazhi.commons.security.AccessPolicy;
import io.fazhi.commons.security.Caller;
import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.extraction.IndicatorDefinition;
import io.fazhi.indicator.model.AuditEntry.Step;
import io.fazhi.indicator.model.ReportExtraction;
import io.fazhi.indicator.model.StoredIndicator;
import io.fazhi.indicator.model.ValueCorrection;
import io.fazhi.indicator.model.ValueCorrection.Action;
import io.fazhi.indicator.model.ValueCorrection.Status;
import io.fazhi.indicator.repository.AuditRepository;
import io.fazhi.indicator.repository.CorrectionRepository;
import io.fazhi.indicator.repository.ExtractionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * County reviewers' corrections of extracted values, with their audit trail ({@link ReviewQueue} says what to look
 * at). A
 * correction is applied at once (the report is read again with it and IndicatorsComputed published, so the dashboard
 * learns of it through the event, not a shared table), and to every later extraction of the same report version.
 */
@ApplicationScoped
public class CorrectionService {

    static final int MAX_REASON = 1000;
    static final int MAX_QUOTE = 2000;

    private final ExtractionRepository extractions;
    private final CorrectionRepository corrections;
    private final AuditRepository audit;
    private final ReviewTrail trail;
    private final ExtractionService extraction;
    private final Extractor extractor;
    private final Clock clock;
    private final YearLocks locks;

    CorrectionService(ExtractionRepository extractions, CorrectionRepository corrections, AuditRepository audit,
            ReviewTrail trail, ExtractionService extraction, Extractor extractor, Clock clock, YearLocks locks) {
        this.locks = locks;
        this.extractions = extractions;
        this.corrections = corrections;
        this.audit = audit;
        this.trail = trail;
        this.extraction = extraction;
        this.extractor = extractor;
        this.clock = clock;
    }

    /** Confirms, corrects, adds or removes one value of the latest version of a township's report for a year. */
    @Transactional
    public CorrectionView correct(String townshipCode, int year, CorrectionRequest request, Caller reviewer) {
        AccessPolicy.require(AccessPolicy.administers(reviewer, townshipCode), "reviewing reports outside your area");
        locks.requireOpen(townshipCode, year, "a correction");
        ReportExtraction report = extractions.findLatest(townshipCode, year)
                .orElseThrow(() -> new IndicatorsNotFoundException(townshipCode, year));
        Optional<StoredIndicator> held = report.indicators.stream().filter(v -> v.key.equals(request.key()))
                .findFirst();
        ValueCorrection c = validated(request, report, held.isPresent());
        c.reviewer = reviewer.auditName();
        c.madeAt = clock.instant();
        for (ValueCorrection earlier : corrections.active(townshipCode, year)) {
            if (earlier.key.equals(c.key)) {
                earlier.status = Status.REPLACED;
                trail.record(report, c.key, Step.REPLACED, c.reviewer, earlier.value, c.value, "replaced by a later "
                        + "correction");
            }
        }
        corrections.persist(c);
        BigDecimal old = held.map(v -> v.value).orElse(null);
        BigDecimal now = c.action == Action.REMOVE ? null : c.action == Action.CONFIRM ? old : c.value;
        trail.record(report, c.key, Step.CORRECTED, c.reviewer, old, now, c.action.name().toLowerCase(Locale.ROOT) + ": "
                + c.reason);
        extraction.reextract(report.id);
        return CorrectionView.of(c);
    }

    /** Every correction of a report, any status. */
    @Transactional
    public List<CorrectionView> corrections(String townshipCode, int year, Caller caller) {
        AccessPolicy.require(AccessPolicy.mayReadReportsOf(caller, townshipCode), "reading another township's review");
        return corrections.all(townshipCode, year).stream().map(CorrectionView::of).toList();
    }

    /** Every step of a report's review, in order. */
    @Transactional
    public List<AuditView> trail(String townshipCode, int year, Caller caller) {
        AccessPolicy.require(AccessPolicy.mayReadReportsOf(caller, townshipCode), "reading another township's review");
        return audit.trail(townshipCode, year).stream().map(AuditView::of).toList();
    }

    private ValueCorrection validated(CorrectionRequest r, ReportExtraction report, boolean held) {
        List<Violation> violations = new ArrayList<>();
        Action action = null;
        try {
            action = r.action() == null ? null : Action.valueOf(r.action().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            action = null;
        }
        if (action == null) {
            violations.add(new Violation("action", "must be confirm, correct, add or remove"));
        }
        Optional<IndicatorDefinition> definition = r.key() == null ? Optional.empty() : extractor.catalog().find(r.key());
        if (definition.isEmpty()) {
            violations.add(new Violation("key", "must be a key of the catalog in force"));
        }
        if (r.reason() == null || r.reason().isBlank()) {
            violations.add(new Violation("reason", "must say why, for the township and the audit trail"));
        } else if (r.reason().length() > MAX_REASON) {
            violations.add(new Violation("reason", "must be at most " + MAX_REASON + " characters"));
        }
        boolean needsValue = action == Action.CORRECT || action == Action.ADD;
        if (needsValue && r.value() == null) {
            violations.add(new Violation("value", "must be given to " + r.action()));
        } else if (needsValue && definition.isPresent() && !plausible(definition.get(), r.value())) {
            violations.add(new Violation("value", "is not a possible " + definition.get().kind() + " value"));
        }
        if (!needsValue && r.value() != null) {
            violations.add(new Violation("value", "must not be given to " + r.action()));
        }
        if ((action == Action.CONFIRM || action == Action.CORRECT || action == Action.REMOVE) && !held) {
            violations.add(new Violation("key", "has no value in this report to " + r.action() + "; add it instead"));
        }
        if (action == Action.ADD && held) {
            violations.add(new Violation("key", "already has a value in this report; correct it instead"));
        }
        int at = -1;
        if (r.quote() != null) {
            at = r.quote().isEmpty() || r.quote().length() > MAX_QUOTE ? -1 : report.text.indexOf(r.quote());
            if (at < 0) {
                violations.add(new Violation("quote", "must be words of the report, up to " + MAX_QUOTE
                        + " characters, exactly as they stand"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCorrectionException(violations);
        }
        ValueCorrection c = new ValueCorrection();
        c.townshipCode = report.townshipCode;
        c.year = report.year;
        c.key = r.key();
        c.action = action;
        c.value = r.value();
        c.approx = Boolean.TRUE.equals(r.approx());
        c.reason = r.reason().strip();
        if (at >= 0) {
            c.quote = r.quote();
            c.quoteStart = at;
            c.quoteEnd = at + r.quote().length();
        }
        c.reportVersion = report.reportVersion;
        c.status = Status.ACTIVE;
        return c;
    }

    private static boolean plausible(IndicatorDefinition d, BigDecimal value) {
        if (value.signum() < 0 || value.abs().compareTo(new BigDecimal("1e15")) > 0) {
            return false;
        }
        return switch (d.kind()) {
            case "flag" -> value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
            case "rate" -> value.compareTo(BigDecimal.valueOf(100)) <= 0;
            default -> true;
        };
    }
}
