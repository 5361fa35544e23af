package io.fazhi.submission.service;

import java.time.Clock;
import java.util.UUID;

import io.fazhi.commons.outbox.Outbox;
import io.fazhi.submission.config.SubmissionConfig;
import io.fazhi.submission.event.ReportStatusChanged;
import io.fazhi.submission.model.TownshipReport;
import jakarta.enterprise.context.ApplicationScoped;

/** Queues ReportStatusChanged with the status change it tells of (same transaction, through the outbox). */
@ApplicationScoped
public class StatusEvents {

    private final Outbox outbox;
    private final Clock clock;
    private final String topic;

    StatusEvents(Outbox outbox, Clock clock, SubmissionConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.topic = config.statusTopic();
    }

    public void changed(TownshipReport report) {
        ReportStatusChanged event = new ReportStatusChanged(UUID.randomUUID().toString(), clock.instant(),
                ReportStatusChanged.SCHEMA_VERSION, report.id, report.townshipCode, report.township, report.year,
                report.version, report.status, report.statusReason, report.submittedAt, report.late);
        outbox.enqueue(topic, event.key(), ReportStatusChanged.TYPE, event.eventId(), event);
    }
}
