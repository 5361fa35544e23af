package io.fazhi.commons.messaging;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event already applied; a redelivery of it changes nothing. */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    @Column(name = "event_id", length = 36)
    public String eventId;

    @Column(name = "processed_at", nullable = false)
    public Instant processedAt;
}
