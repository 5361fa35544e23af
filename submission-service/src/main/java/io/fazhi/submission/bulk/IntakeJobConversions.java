package io.fazhi.submission.bulk;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fazhi.commons.problem.Problem;
import io.fazhi.commons.security.Caller;
import io.fazhi.submission.model.IntakeFile;
import io.fazhi.submission.model.IntakeJob;
import io.fazhi.submission.service.ReportView;
import io.fazhi.submission.service.SubmissionOutcome;

/** Bulk intake jobs and files as callers see them, and the creator kept with a job. */
final class IntakeJobConversions {

    private IntakeJobConversions() {
    }

    static IntakeJobView toView(IntakeJob job, IntakeCounts counts, List<IntakeFileView> files) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", "/api/v1/intake-jobs/" + job.id);
        links.put("report", "/api/v1/reports/{reportId}");
        links.put("indicators", "/api/v1/indicators/{townshipCode}/{year}");
        return new IntakeJobView(job.id, job.createdAt, creator(job).auditName(),
                counts.queued() == 0 ? IntakeJobView.DONE : IntakeJobView.RUNNING, counts, files, links);
    }

    static IntakeFileView toView(IntakeFile f) {
        Problem refusal = f.refusalStatus == null ? null
                : Problem.of(f.refusalType, f.refusalTitle, f.refusalStatus, f.refusalDetail, null);
        return new IntakeFileView(f.position, f.name, f.sizeBytes, f.state, f.reportId, f.townshipCode, f.township,
                f.year, f.version, f.created, refusal, f.finishedAt);
    }

    static IntakeCounts countsOf(List<IntakeFile> files) {
        int queued = 0;
        int processing = 0;
        int stored = 0;
        int refused = 0;
        for (IntakeFile f : files) {
            switch (f.state) {
                case IntakeFile.QUEUED -> queued++;
                case IntakeFile.PROCESSING -> processing++;
                case IntakeFile.STORED -> stored++;
                default -> refused++;
            }
        }
        return IntakeCounts.of(queued, processing, stored, refused);
    }

    static Caller creator(IntakeJob job) {
        java.util.Set<String> roles = job.creatorRoles.isEmpty() ? java.util.Set.of()
                : java.util.Set.of(job.creatorRoles.split(","));
        return new Caller(job.creatorSubject, roles, job.creatorTownship, job.creatorArea);
    }

    /**
     * Only what the access rules read is kept: the three roles, and codes that fit their columns (a longer one
     * matches no township or area, so leaving it out grants nothing and takes nothing away).
     */
    static void recordCreator(IntakeJob job, Caller caller) {
        job.creatorSubject = bounded(caller.subject(), 1000);
        job.creatorRoles = String.join(",", caller.roles().stream()
                .filter(r -> r.equals(Caller.TOWNSHIP) || r.equals(Caller.COUNTY_ADMIN) || r.equals(Caller.READER))
                .sorted().toList());
        job.creatorTownship = fits(caller.townshipCode(), 12);
        job.creatorArea = fits(caller.area(), 9);
    }

    private static String fits(String s, int max) {
        return s == null || s.length() > max ? null : s;
    }

    static void refuse(IntakeFile file, Problem problem) {
        file.state = IntakeFile.REFUSED;
        file.refusalStatus = problem.status();
        String type = problem.type().toString();
        file.refusalType = type.substring(type.lastIndexOf('/') + 1);
        file.refusalTitle = bounded(problem.title(), 200);
        file.refusalDetail = bounded(problem.detail(), 2000);
    }

    static void stored(IntakeFile file, SubmissionOutcome outcome) {
        ReportView r = outcome.report();
        file.state = IntakeFile.STORED;
        file.reportId = r.id();
        file.townshipCode = r.townshipCode();
        file.township = r.township();
        file.year = r.year();
        file.version = r.version();
        file.created = outcome.created();
    }

    private static String bounded(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static URI location(long jobId) {
        return URI.create("/api/v1/intake-jobs/" + jobId);
    }
}
