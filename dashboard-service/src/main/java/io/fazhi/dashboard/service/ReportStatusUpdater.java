package io.fazhi.dashboard.service;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.commons.messaging.ProcessedEvents;
import io.fazhi.commons.messaging.UnreadableMessageException;
import io.fazhi.dashboard.event.ReportStatusChanged;
import io.fazhi.dashboard.model.ReportStatus;
import io.fazhi.dashboard.repository.ReportStatusRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Keeps the latest report status per township and year: a newer report version wins; for the same version, the
 * later change; redeliveries and older events change nothing.
 */
@ApplicationScoped
public class ReportStatusUpdater {

    private final ReportStatusRepository statuses;
    private final ProcessedEvents processed;
    private final ObjectMapper json;

    ReportStatusUpdater(ReportStatusRepository statuses, ProcessedEvents processed, ObjectMapper json) {
        this.statuses = statuses;
        this.processed = processed;
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public ReportStatusChanged read(String payload) {
        ReportStatusChanged e;
        try {
            e = json.readValue(payload == null ? "" : payload, ReportStatusChanged.class);
        } catch (JacksonException ex) {
            throw new UnreadableMessageException("not a ReportStatusChanged JSON document: " + ex.getOriginalMessage(),
                    ex);
        }
        if (e == null || e.eventId() == null || e.schemaVersion() == null || e.reportId() == null
                || e.townshipCode() == null || !e.townshipCode().matches("\\d{9}") || e.township() == null
                || e.year() == null || e.version() == null || e.status() == null || e.submittedAt() == null
                || e.late() == null || e.occurredAt() == null) {
            throw new UnreadableMessageException("a required field of ReportStatusChanged is missing or invalid");
        }
        if (e.schemaVersion() > ReportStatusChanged.SUPPORTED_SCHEMA_VERSION) {
            throw new UnreadableMessageException("schemaVersion " + e.schemaVersion() + " is newer than supported");
        }
        return e;
    }

    @Transactional
    public boolean apply(ReportStatusChanged e) {
        if (!processed.firstDelivery(e.eventId())) {
            return false;
        }
        ReportStatus row = statuses.find(e.townshipCode(), e.year()).orElse(null);
        if (row != null && (e.version() < row.reportVersion
                || (e.version() == row.reportVersion && !e.occurredAt().isAfter(row.changedAt)))) {
            return false;
        }
        boolean fresh = row == null;
        if (fresh) {
            row = new ReportStatus();
            row.townshipCode = e.townshipCode();
            row.year = e.year();
        }
        row.township = e.township().length() > 200 ? e.township().substring(0, 200) : e.township();
        row.reportId = e.reportId();
        row.reportVersion = e.version();
        row.status = e.status().length() > 20 ? e.status().substring(0, 20) : e.status();
        row.reason = e.reason() == null || e.reason().length() <= 1000 ? e.reason() : e.reason().substring(0, 1000);
        row.submittedAt = e.submittedAt();
        row.late = e.late();
        row.changedAt = e.occurredAt();
        if (fresh) {
            statuses.persist(row);
        }
        return true;
    }
}
