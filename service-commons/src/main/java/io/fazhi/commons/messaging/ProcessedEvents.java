package io.fazhi.commons.messaging;

import java.time.Clock;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Ids of events a consumer already applied, recorded in the transaction that applied them. */
@ApplicationScoped
public class ProcessedEvents implements PanacheRepositoryBase<ProcessedEvent, String> {

    private final Clock clock;

    ProcessedEvents(Clock clock) {
        this.clock = clock;
    }

    /** Records the event and says whether this is its first delivery; joins the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String eventId) {
        if (findByIdOptional(eventId).isPresent()) {
            return false;
        }
        ProcessedEvent row = new ProcessedEvent();
        row.eventId = eventId;
        row.processedAt = clock.instant();
        persist(row);
        return true;
    }
}
