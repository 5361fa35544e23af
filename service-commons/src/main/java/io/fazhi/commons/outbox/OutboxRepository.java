package io.fazhi.commons.outbox;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

/** Outbox rows not yet acknowledged by the broker, oldest first. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepository<OutboxEvent> {

    /** Locks the batch so that two replicas of the relay do not publish the same rows at once. */
    public List<OutboxEvent> lockPending(int limit) {
        return find("sentAt is null", Sort.by("id"))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED where the database supports it
                .page(0, limit)
                .list();
    }

    public long countPending() {
        return count("sentAt is null");
    }
}
