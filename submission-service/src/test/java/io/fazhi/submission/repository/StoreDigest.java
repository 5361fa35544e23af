package io.fazhi.submission.repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.fazhi.submission.model.ReportDeadline;
import io.fazhi.submission.model.ReportFile;
import io.fazhi.submission.model.TownshipOverride;
import io.fazhi.submission.model.TownshipReport;
import io.fazhi.submission.model.YearLock;
import io.fazhi.submission.model.YearLockChange;
import io.fazhi.submission.model.ReportStatusChange;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A fingerprint of everything a request could change: every report version (its text byte for byte), every
 * uploaded file, every registry change and every deadline. Equal fingerprints before and after mean nothing was
 * stored, changed or removed.
 */
@ApplicationScoped
public class StoreDigest {

    /** Row counts and one SHA-256 over all rows. */
    public record Snapshot(long reports, long files, long registryChanges, long deadlines, String sha256) {
    }

    private final ReportRepository reports;
    private final ReportFileRepository files;
    private final TownshipOverrideRepository overrides;
    private final DeadlineRepository deadlines;
    private final EntityManager em;

    StoreDigest(ReportRepository reports, ReportFileRepository files, TownshipOverrideRepository overrides,
            DeadlineRepository deadlines, EntityManager em) {
        this.reports = reports;
        this.files = files;
        this.overrides = overrides;
        this.deadlines = deadlines;
        this.em = em;
    }

    @Transactional
    public Snapshot take() {
        MessageDigest all = sha256();
        long reportRows = 0;
        for (TownshipReport r : reports.listAll(Sort.by("id"))) {
            reportRows++;
            add(all, "report", r.id, r.townshipCode, r.township, r.year, r.version, r.title, r.contentSha256,
                    hex(r.text.getBytes(StandardCharsets.UTF_8)), r.submittedAt, r.submittedBy, r.late, r.status, r.detection);
        }
        em.clear();
        long fileRows = 0;
        for (ReportFile f : files.listAll(Sort.by("reportId"))) {
            fileRows++;
            add(all, "file", f.reportId, f.filename, f.contentType, f.format, f.charset, f.sizeBytes, hex(f.content));
        }
        em.clear();
        long overrideRows = 0;
        for (TownshipOverride o : overrides.listAll(Sort.by("id"))) {
            overrideRows++;
            add(all, "override", o.id, o.code, o.changeType, o.name, o.kind, o.validFrom, o.recordedAt, o.recordedBy,
                    o.note);
        }
        long deadlineRows = 0;
        for (ReportDeadline d : deadlines.listAll(Sort.by("id"))) {
            deadlineRows++;
            add(all, "deadline", d.id, d.area, d.year, d.dueDate, d.publishBy, d.updatedAt, d.updatedBy);
        }
        em.clear();
        for (YearLock l : em.createQuery("from YearLock l order by l.id", YearLock.class).getResultList()) {
            add(all, "lock", l.id, l.area, l.year, l.locked, l.revision, l.changedAt, l.changedBy, l.reason);
        }
        for (YearLockChange c : em.createQuery("from YearLockChange c order by c.id", YearLockChange.class)
                .getResultList()) {
            add(all, "lock change", c.id, c.area, c.year, c.action, c.actor, c.at, c.reason, c.revision);
        }
        for (ReportStatusChange c : em.createQuery("from ReportStatusChange c order by c.id", ReportStatusChange.class)
                .getResultList()) {
            add(all, "status change", c.id, c.reportId, c.fromStatus, c.toStatus, c.actor, c.at, c.reason);
        }
        em.clear();
        return new Snapshot(reportRows, fileRows, overrideRows, deadlineRows, HexFormat.of().formatHex(all.digest()));
    }

    private static void add(MessageDigest digest, Object... values) {
        for (Object v : values) {
            digest.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        digest.update((byte) '\n');
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
