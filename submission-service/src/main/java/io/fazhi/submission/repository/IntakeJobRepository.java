package io.fazhi.submission.repository;

import java.util.List;

import io.fazhi.submission.model.IntakeJob;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Bulk intake jobs. */
@ApplicationScoped
public class IntakeJobRepository implements PanacheRepository<IntakeJob> {

    /** A creator's jobs, newest first. */
    public List<IntakeJob> newestOf(String subject, int limit) {
        return find("creatorSubject = ?1 order by id desc", subject).page(0, limit).list();
    }
}
