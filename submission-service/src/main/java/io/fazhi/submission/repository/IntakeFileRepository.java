package io.fazhi.submission.repository;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.fazhi.submission.model.IntakeFile;
import io.fazhi.submission.model.IntakeFileContent;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** The files of bulk intake jobs, their waiting bytes, and the claims workers make on them. */
@ApplicationScoped
public class IntakeFileRepository implements PanacheRepository<IntakeFile> {

    private static final String CLAIMABLE = "(state = 'QUEUED' or (state = 'PROCESSING' and claimedAt < :stale))";

    public List<IntakeFile> ofJob(long jobId) {
        return list("jobId = ?1 order by position", jobId);
    }

    /** Per job and state, how many files: rows of {jobId, state, count}. */
    public List<Object[]> countsByState(Collection<Long> jobIds) {
        return getEntityManager().createQuery("select f.jobId, f.state, count(f) from IntakeFile f "
                + "where f.jobId in :ids group by f.jobId, f.state", Object[].class)
                .setParameter("ids", jobIds).getResultList();
    }

    /**
     * Claims the oldest file waiting (or one whose worker went silent before {@code stale}): an update that only
     * one worker can win, so two replicas never process the same file; a loser tries the next candidate.
     */
    public Optional<IntakeFile> claimNext(Instant now, Instant stale) {
        List<Long> candidates = getEntityManager()
                .createQuery("select f.id from IntakeFile f where " + CLAIMABLE + " order by f.id", Long.class)
                .setParameter("stale", stale).setMaxResults(8).getResultList();
        for (Long id : candidates) {
            int won = getEntityManager().createQuery("update IntakeFile set state = 'PROCESSING', claimedAt = :now, "
                    + "attempts = attempts + 1 where id = :id and " + CLAIMABLE)
                    .setParameter("now", now).setParameter("id", id).setParameter("stale", stale).executeUpdate();
            if (won == 1) {
                return Optional.of(findById(id));
            }
        }
        return Optional.empty();
    }

    /** The file's row, locked until the transaction ends, so that a re-claim waits for this worker's outcome. */
    public Optional<IntakeFile> forUpdate(long id) {
        return find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public void persistContent(long fileId, byte[] content) {
        IntakeFileContent row = new IntakeFileContent();
        row.fileId = fileId;
        row.content = content;
        getEntityManager().persist(row);
    }

    public Optional<byte[]> content(long fileId) {
        return Optional.ofNullable(getEntityManager().find(IntakeFileContent.class, fileId)).map(c -> c.content);
    }

    public void deleteContent(long fileId) {
        getEntityManager().createQuery("delete from IntakeFileContent c where c.fileId = :id")
                .setParameter("id", fileId).executeUpdate();
    }
}
