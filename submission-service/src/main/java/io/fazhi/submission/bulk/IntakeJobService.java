package io.fazhi.submission.bulk;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fazhi.commons.security.AccessPolicy;
import io.fazhi.commons.security.Caller;
import io.fazhi.commons.security.CurrentCaller;
import io.fazhi.submission.config.IntakeConfig;
import io.fazhi.submission.config.SubmissionConfig;
import io.fazhi.submission.intake.UploadUnpacker;
import io.fazhi.submission.intake.UploadUnpacker.Part;
import io.fazhi.submission.intake.UploadUnpacker.Unpacked;
import io.fazhi.submission.model.IntakeFile;
import io.fazhi.submission.model.IntakeJob;
import io.fazhi.submission.repository.IntakeFileRepository;
import io.fazhi.submission.repository.IntakeJobRepository;
import io.fazhi.submission.service.InvalidRequestException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * Bulk intake: an upload of many files (or zips of them) is unpacked and stored as a job of QUEUED files in one
 * transaction, so that it survives a restart; {@link IntakeJobWorker} then submits each file as its own upload. A
 * job is read by its creator, and by the county administrators of an area enclosing the creator's.
 */
@ApplicationScoped
public class IntakeJobService {

    private static final int LIST_LIMIT = 50;

    private final IntakeJobRepository jobs;
    private final IntakeFileRepository files;
    private final CurrentCaller caller;
    private final Event<IntakeJobCreated> created;
    private final Clock clock;
    private final UploadUnpacker unpacker;

    IntakeJobService(IntakeJobRepository jobs, IntakeFileRepository files, CurrentCaller caller,
            Event<IntakeJobCreated> created, Clock clock, SubmissionConfig config,
            IntakeConfig intake) {
        this.jobs = jobs;
        this.files = files;
        this.caller = caller;
        this.created = created;
        this.clock = clock;
        this.unpacker = new UploadUnpacker(config.maxFileBytes(), config.maxInflatedBytes(), intake.maxFiles());
    }

    /** Unpacks outside any transaction (inflating holds no row), then stores the job and its files at once. */
    public IntakeJobView create(List<Part> parts) {
        if (parts.isEmpty()) {
            throw new InvalidRequestException("files", "must be one or more file parts named 'files'");
        }
        List<Unpacked> unpacked = unpacker.unpack(parts);
        if (unpacked.isEmpty()) {
            throw new InvalidRequestException("files", "holds no file to read (only folders or hidden files)");
        }
        Caller creator = caller.get();
        return QuarkusTransaction.requiringNew().call(() -> store(creator, unpacked));
    }

    private IntakeJobView store(Caller creator, List<Unpacked> unpacked) {
        IntakeJob job = new IntakeJob();
        job.createdAt = clock.instant();
        IntakeJobConversions.recordCreator(job, creator);
        jobs.persist(job);
        jobs.flush();
        List<IntakeFile> rows = new java.util.ArrayList<>(unpacked.size());
        for (int i = 0; i < unpacked.size(); i++) {
            Unpacked u = unpacked.get(i);
            IntakeFile file = new IntakeFile();
            file.jobId = job.id;
            file.position = i + 1;
            file.name = u.name();
            file.sizeBytes = u.sizeBytes();
            file.state = IntakeFile.QUEUED;
            if (u.refusal() != null) {
                IntakeJobConversions.refuse(file, IntakeRefusals.of(u.refusal()).orElseGet(IntakeRefusals::unprocessable));
                file.finishedAt = job.createdAt;
            }
            files.persist(file);
            if (u.content() != null) {
                files.persistContent(file.id, u.content());
            }
            rows.add(file);
        }
        created.fire(new IntakeJobCreated(job.id));
        return IntakeJobConversions.toView(job, IntakeJobConversions.countsOf(rows),
                rows.stream().map(IntakeJobConversions::toView).toList());
    }

    public IntakeJobView get(long id) {
        IntakeJob job = jobs.findByIdOptional(id).orElseThrow(() -> new IntakeJobNotFoundException(id));
        requireReadable(job);
        List<IntakeFile> rows = files.ofJob(id);
        return IntakeJobConversions.toView(job, IntakeJobConversions.countsOf(rows),
                rows.stream().map(IntakeJobConversions::toView).toList());
    }

    /** The caller's own jobs, newest first, with their counts but not their files. */
    public List<IntakeJobView> mine() {
        Caller c = caller.get();
        List<IntakeJob> own = jobs.newestOf(c.subject(), LIST_LIMIT);
        if (own.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> byJob = new HashMap<>();
        for (Object[] row : files.countsByState(own.stream().map(j -> j.id).toList())) {
            int[] n = byJob.computeIfAbsent((Long) row[0], k -> new int[4]);
            int count = ((Number) row[2]).intValue();
            switch ((String) row[1]) {
                case IntakeFile.QUEUED -> n[0] += count;
                case IntakeFile.PROCESSING -> n[1] += count;
                case IntakeFile.STORED -> n[2] += count;
                default -> n[3] += count;
            }
        }
        return own.stream().map(job -> {
            int[] n = byJob.getOrDefault(job.id, new int[4]);
            return IntakeJobConversions.toView(job, IntakeCounts.of(n[0], n[1], n[2], n[3]), null);
        }).toList();
    }

    /** Its creator, or a county administrator whose area encloses the creator's township or area. */
    private void requireReadable(IntakeJob job) {
        Caller c = caller.get();
        boolean own = c.subject() != null && c.subject().equals(job.creatorSubject);
        String scope = job.creatorTownship != null ? job.creatorTownship : job.creatorArea;
        AccessPolicy.require(own || (scope != null && AccessPolicy.administers(c, scope)),
                "reading intake job " + job.id + " of another office");
    }
}
