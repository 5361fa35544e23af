package io.fazhi.submission.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.submission.config.SubmissionConfig;
import io.fazhi.submission.event.ReportSubmitted;
import io.fazhi.submission.model.OutboxEvent;
import io.fazhi.submission.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The transactional outbox: rows are written with the report and relayed once the broker is reachable. */
@ApplicationScoped
public class Outbox {

    private final OutboxRepository rows;
    private final ObjectMapper json;
    private final SubmissionConfig config;
    private final Clock clock;

    Outbox(OutboxRepository rows, ObjectMapper json, SubmissionConfig config, Clock clock) {
        this.rows = rows;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    /** Joins the caller's transaction: the event exists exactly when the report does. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(ReportSubmitted event) {
        OutboxEvent row = new OutboxEvent();
        row.eventId = event.eventId();
        row.eventType = ReportSubmitted.TYPE;
        row.topic = config.outbox().topic();
        row.key = event.key();
        row.payload = serialize(event);
        row.createdAt = clock.instant();
        rows.persist(row);
    }

    /** Publishes one batch; rows are marked sent only for what the broker acknowledged. Returns that count. */
    @Transactional
    public int relayBatch(EventPublisher publisher) {
        List<OutboxEvent> batch = rows.lockPending(config.outbox().batchSize());
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

    private String serialize(ReportSubmitted event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ReportSubmitted is a plain record and always serializes", e);
        }
    }
}
