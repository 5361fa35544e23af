package io.fazhi.indicator.service;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.commons.messaging.UnreadableMessageException;
import io.fazhi.indicator.event.ReportSubmitted;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads a ReportSubmitted message, or says exactly why it cannot be read. */
@ApplicationScoped
public class ReportEventReader {

    private final ObjectMapper json;

    public ReportEventReader(ObjectMapper json) {
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public ReportSubmitted read(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new UnreadableMessageException("empty message");
        }
        ReportSubmitted event;
        try {
            event = json.readValue(payload, ReportSubmitted.class);
        } catch (JacksonException e) {
            throw new UnreadableMessageException("not a ReportSubmitted JSON document: " + e.getOriginalMessage(), e);
        }
        requirePresent(event);
        if (event.schemaVersion() > ReportSubmitted.SUPPORTED_SCHEMA_VERSION) {
            throw new UnreadableMessageException("schemaVersion " + event.schemaVersion() + " is newer than "
                    + ReportSubmitted.SUPPORTED_SCHEMA_VERSION);
        }
        if (!event.townshipCode().matches("\\d{9}")) {
            throw new UnreadableMessageException("townshipCode is not a 9-digit code");
        }
        return event;
    }

    private static void requirePresent(ReportSubmitted e) {
        if (e.eventId() == null || e.schemaVersion() == null || e.reportId() == null || e.townshipCode() == null
                || e.township() == null || e.county() == null || e.year() == null || e.version() == null
                || e.text() == null || e.submittedAt() == null) {
            throw new UnreadableMessageException(
                    "a required field is missing (eventId, schemaVersion, reportId, townshipCode, township, county, "
                    + "year, version, text, submittedAt)");
        }
    }
}
