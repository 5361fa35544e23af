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
import io.fazhi.submission.deadlines.Deadline;
import io.fazhi.submission.deadlines.DeadlineService;
import io.fazhi.submission.detection.Detection;
import io.fazhi.submission.detection.ReportDetector;
import io.fazhi.submission.detection.ReportIdentifier;
import io.fazhi.submission.detection.ReportIdentifier.Identified;
import io.fazhi.submission.event.ReportSubmitted;
import io.fazhi.submission.files.OriginalFile;
import io.fazhi.submission.model.ReportFile;
import io.fazhi.submission.model.TownshipReport;
import io.fazhi.submission.registry.Township;
import io.fazhi.submission.registry.TownshipRegistry;
import io.fazhi.submission.repository.ReportFileRepository;
import io.fazhi.submission.repository.ReportRepository;
import io.fazhi.submission.yearlocks.YearLockService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Stores a township's report as a new version, or finds the identical one, and queues ReportSubmitted. The township
 * and year come from the given fields or, where missing, from the report's own title and heading lines. A year
 * locked for its township is refused (409) before anything is stored.
 */
@ApplicationScoped
public class ReportSubmissionService {

    static final String STATUS_SUBMITTED = "SUBMITTED";

    private final ReportRepository reports;
    private final ReportFileRepository files;
    private final SubmissionValidator validator;
    private final TownshipDirectory townships;
    private final DeadlineService deadlines;
    private final ReportConversions mapper;
    private final Outbox outbox;
    private final ReportAccess access;
    private final YearLockService locks;
    private final StatusEvents statusEvents;
    private final Clock clock;
    private final String topic;

    ReportSubmissionService(ReportRepository reports, ReportFileRepository files, SubmissionValidator validator,
            TownshipDirectory townships, DeadlineService deadlines, ReportConversions mapper, Outbox outbox,
            ReportAccess access, YearLockService locks, StatusEvents statusEvents, Clock clock,
            SubmissionConfig config) {
        this.reports = reports;
        this.files = files;
        this.validator = validator;
        this.townships = townships;
        this.deadlines = deadlines;
        this.mapper = mapper;
        this.outbox = outbox;
        this.access = access;
        this.locks = locks;
        this.statusEvents = statusEvents;
        this.clock = clock;
        this.topic = config.reportsTopic();
    }

    /**
     * The report row, its file and its outbox row commit together, or none does. The caller's right to submit for
     * the township is checked as soon as the township is known, before anything is looked up or stored.
     */
    @Transactional
    public SubmissionOutcome submit(SubmitReportCommand command) {
        validator.validate(command);
        TownshipRegistry registry = townships.registry();
        Detection detection = new ReportDetector(registry).detect(command.title(), command.text());
        Identified identified = new ReportIdentifier(registry, SubmissionValidator.FIRST_YEAR, validator.thisYear())
                .identify(new ReportIdentifier.Given(command.townshipCode(), command.township(), command.county(),
                        command.year()), detection);
        Township unit = identified.township();
        access.requireSubmitFor(unit.code());
        String sha = sha256(command.text());
        var existing = reports.findByContent(unit.code(), identified.year(), sha);
        if (existing.isPresent()) {
            return new SubmissionOutcome(mapper.toView(existing.get()), false);
        }
        locks.requireOpen(unit.code(), identified.year(), "a new report version");
        TownshipReport report = newVersion(command, unit, identified, detection, sha);
        reports.persist(report);
        reports.flush();
        if (command.file() != null) {
            files.persist(fileOf(report.id, command.file()));
        }
        ReportSubmitted event = ReportConversions.toEvent(report, UUID.randomUUID().toString());
        outbox.enqueue(topic, event.key(), ReportSubmitted.TYPE, event.eventId(), event);
        statusEvents.changed(report);
        return new SubmissionOutcome(mapper.toView(report), true);
    }

    private TownshipReport newVersion(SubmitReportCommand command, Township unit, Identified identified,
            Detection detection, String sha) {
        Instant now = clock.instant();
        Deadline deadline = deadlines.inForce(unit.code(), identified.year());
        TownshipReport report = new TownshipReport();
        report.townshipCode = unit.code();
        report.township = unit.name();
        report.countyCode = unit.countyCode();
        report.county = unit.county();
        report.year = identified.year();
        report.version = reports.latestVersion(unit.code(), identified.year()) + 1;
        report.title = command.title() == null || command.title().isBlank() ? null : command.title().strip();
        report.contentSha256 = sha;
        report.text = command.text();
        report.textChars = command.text().length();
        report.submittedAt = now;
        report.submittedBy = access.submitter();
        report.dueAt = deadline.dueAt();
        report.publishBy = deadline.publishByAt();
        report.deadlineArea = deadline.area();
        report.late = deadline.isLate(now);
        report.status = STATUS_SUBMITTED;
        report.detection = mapper.detectionJson(detection.withoutCandidates(), identified.fromText());
        report.documentNumber = detection.documentNumber() == null ? null : detection.documentNumber().value();
        report.signer = detection.signer() == null ? null : detection.signer().value();
        return report;
    }

    private static ReportFile fileOf(long reportId, OriginalFile original) {
        ReportFile file = new ReportFile();
        file.reportId = reportId;
        file.filename = original.filename();
        file.contentType = original.contentType();
        file.format = original.format();
        file.charset = original.charset();
        file.sizeBytes = original.content().length;
        file.sha256 = sha256(original.content());
        file.content = original.content();
        return file;
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
