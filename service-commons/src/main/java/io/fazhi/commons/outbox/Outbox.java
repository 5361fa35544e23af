package io.fazhi.commons.outbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/** The transactional outbox: rows are written with the state change and relayed once the broker is reachable. */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository rows;
    private final ObjectMapper json;
    private final OutboxConfig config;
    private final Clock clock;
    private final Event<OutboxWritten> written;

    Outbox(OutboxRepository rows, ObjectMapper json, OutboxConfig config, Clock clock, Event<OutboxWritten> written) {
        this.written = written;
        this.rows = rows;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Joins the caller's transaction: the event exists exactly when the state change does. The relay is woken when
     * that transaction commits ({@link OutboxWritten}), so the event leaves at once instead of at the next poll.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(String topic, String key, String eventType, String eventId, Object event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = eventId;
        row.eventType = eventType;
        row.topic = topic;
        row.key = key;
        row.payload = serialize(event);
        row.createdAt = clock.instant();
        rows.persist(row);
        written.fire(new OutboxWritten(topic));
    }

    /** Publishes one batch; rows are marked sent only for what the broker acknowledged. Returns that count. */
    @Transactional
    public int relayBatch(EventPublisher publisher) {
        List<OutboxEvent> batch = rows.lockPending(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        int acknowledged = publisher.publish(batch);
        Instant now = clock.instant();
        for (int i = 0; i < acknowledged; i++) {
            batch.get(i).sentAt = now;
            batch.get(i).attempts++;
        }
        if (acknowledged < batch.size()) {
            batch.get(acknowledged).attempts++;
        }
        return acknowledged;
    }

    @Transactional
    public long pending() {
        return rows.countPending();
    }

    private String serialize(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("events are plain records and always serialize", e);
        }
    }
}
