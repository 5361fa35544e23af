package io.fazhi.submission.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import io.fazhi.commons.outbox.Outbox;
import io.fazhi.submission.config.SubmissionConfig;
import io.fazhi.submission.event.ReportSubmitted;
import io.fazhi.submission.model.TownshipReport;
import io.fazhi.submission.repository.ReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Stores a township's report as a new version, or finds the identical one, and queues ReportSubmitted. */
@ApplicationScoped
public class ReportSubmissionService {

    static final String STATUS_SUBMITTED = "SUBMITTED";

    private final ReportRepository reports;
    private final SubmissionValidator validator;
    private final DeadlinePolicy deadlines;
    private final Outbox outbox;
    private final Clock clock;
    private final String topic;

    ReportSubmissionService(ReportRepository reports, SubmissionValidator validator, DeadlinePolicy deadlines,
            Outbox outbox, Clock clock, SubmissionConfig config) {
        this.reports = reports;
        this.validator = validator;
        this.deadlines = deadlines;
        this.outbox = outbox;
        this.clock = clock;
        this.topic = config.reportsTopic();
    }

    /** The report row and its outbox row commit together, or neither does. */
    @Transactional
    public SubmissionOutcome submit(SubmitReportCommand command) {
        validator.validate(command);
        String sha = sha256(command.text());
        var existing = reports.findByContent(command.townshipCode(), command.year(), sha);
        if (existing.isPresent()) {
            return new SubmissionOutcome(ReportMapper.toView(existing.get()), false);
        }
        TownshipReport report = newVersion(command, sha);
        reports.persist(report);
        reports.flush();
        ReportSubmitted event = ReportMapper.toEvent(report, UUID.randomUUID().toString());
        outbox.enqueue(topic, event.key(), ReportSubmitted.TYPE, event.eventId(), event);
        return new SubmissionOutcome(ReportMapper.toView(report), true);
    }

    private TownshipReport newVersion(SubmitReportCommand command, String sha) {
        Instant now = clock.instant();
        TownshipReport report = new TownshipReport();
        report.townshipCode = command.townshipCode();
        report.township = command.township().strip();
        report.countyCode = command.townshipCode().substring(0, 6);
        report.county = command.county().strip();
        report.year = command.year();
        report.version = reports.latestVersion(command.townshipCode(), command.year()) + 1;
        report.title = command.title() == null ? null : command.title().strip();
        report.contentSha256 = sha;
        report.text = command.text();
        report.textChars = command.text().length();
        report.submittedAt = now;
        report.dueAt = deadlines.dueAt(command.year());
        report.late = deadlines.isLate(command.year(), now);
        report.status = STATUS_SUBMITTED;
        return report;
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
