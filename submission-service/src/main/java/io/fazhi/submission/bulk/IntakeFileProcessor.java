package io.fazhi.submission.bulk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.fazhi.commons.problem.Problem;
import io.fazhi.commons.security.Caller;
import io.fazhi.submission.config.IntakeConfig;
import io.fazhi.submission.model.IntakeFile;
import io.fazhi.submission.repository.IntakeFileRepository;
import io.fazhi.submission.repository.IntakeJobRepository;
import io.fazhi.submission.service.ReportIntakeService;
import io.fazhi.submission.service.SubmissionOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The transactions of a bulk upload's worker: claim a file, then submit it as an ordinary upload and record the
 * report it became, or record why it was refused. Each file's outcome commits with the report it stored, and the
 * file's waiting bytes go in the same transaction.
 */
@ApplicationScoped
public class IntakeFileProcessor {

    /** A file claimed more often than this crashed its workers every time; it is refused, not tried forever. */
    static final int MAX_ATTEMPTS = 3;

    private final IntakeFileRepository files;
    private final IntakeJobRepository jobs;
    private final ReportIntakeService intake;
    private final Clock clock;
    private final Duration claimTimeout;

    IntakeFileProcessor(IntakeFileRepository files, IntakeJobRepository jobs, ReportIntakeService intake, Clock clock,
            IntakeConfig config) {
        this.files = files;
        this.jobs = jobs;
        this.intake = intake;
        this.clock = clock;
        this.claimTimeout = config.claimTimeout();
    }

    /** A file claimed by this worker, the claim's token ({@code attempt}) and the job creator it is submitted as. */
    public record Claim(long fileId, int attempt, Caller creator) {
    }

    /** The oldest waiting file (or one whose worker went silent), claimed; empty when none waits. */
    @Transactional
    public Optional<Claim> claimNext() {
        Instant now = clock.instant();
        return files.claimNext(now, now.minus(claimTimeout)).map(file -> new Claim(file.id, file.attempts,
                IntakeJobConversions.creator(jobs.findById(file.jobId))));
    }

    /**
     * Submits the file exactly as a single upload of it without form fields, with the creator's rights (the caller
     * of this request context). A failure rolls it all back and reaches the worker, which records the refusal.
     */
    @Transactional
    public void store(Claim claim) {
        Optional<IntakeFile> held = stillOurs(claim);
        if (held.isEmpty()) {
            return;
        }
        IntakeFile file = held.get();
        if (claim.attempt() > MAX_ATTEMPTS) {
            finish(file, IntakeRefusals.unprocessable());
            return;
        }
        byte[] content = files.content(file.id).orElse(new byte[0]);
        SubmissionOutcome outcome = intake.submit(new ReportIntakeService.UploadCommand(file.name, content, null, null,
                null, null, null));
        IntakeJobConversions.stored(file, outcome);
        file.finishedAt = clock.instant();
        files.deleteContent(file.id);
    }

    @Transactional
    public void refuse(Claim claim, Problem problem) {
        stillOurs(claim).ifPresent(file -> finish(file, problem));
    }

    private void finish(IntakeFile file, Problem problem) {
        IntakeJobConversions.refuse(file, problem);
        file.finishedAt = clock.instant();
        files.deleteContent(file.id);
    }

    /** The file, locked, if no other worker took it over since (after this one's claim timed out). */
    private Optional<IntakeFile> stillOurs(Claim claim) {
        return files.forUpdate(claim.fileId())
                .filter(f -> IntakeFile.PROCESSING.equals(f.state) && f.attempts == claim.attempt());
    }
}
