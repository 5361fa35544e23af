package io.fazhi.dashboard.readmodel;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.commons.messaging.UnreadableMessageException;
import io.fazhi.dashboard.event.IndicatorsComputed;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads an IndicatorsComputed message, or says exactly why it cannot be read. */
@ApplicationScoped
public class IndicatorsEventReader {

    private final ObjectMapper json;

    public IndicatorsEventReader(ObjectMapper json) {
        this.json = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public IndicatorsComputed read(String payload) {
        IndicatorsComputed e;
        try {
            e = json.readValue(payload == null ? "" : payload, IndicatorsComputed.class);
        } catch (JacksonException ex) {
            throw new UnreadableMessageException("not an IndicatorsComputed JSON document: " + ex.getOriginalMessage(), ex);
        }
        if (e == null || e.eventId() == null || e.schemaVersion() == null || e.townshipCode() == null
                || e.township() == null || e.countyCode() == null || e.county() == null || e.year() == null
                || e.reportId() == null || e.reportVersion() == null || e.computedAt() == null
                || e.submittedAt() == null || e.extractorVersion() == null || e.indicators() == null) {
            throw new UnreadableMessageException("a required field of IndicatorsComputed is missing");
        }
        if (e.schemaVersion() > IndicatorsComputed.SUPPORTED_SCHEMA_VERSION) {
            throw new UnreadableMessageException("schemaVersion " + e.schemaVersion() + " is newer than supported");
        }
        boolean incomplete = e.indicators().stream().anyMatch(i -> i.key() == null || i.value() == null
                || i.kind() == null || i.direction() == null || i.dimension() == null);
        if (incomplete) {
            throw new UnreadableMessageException("an indicator lacks key, value, kind, direction or dimension");
        }
        return e;
    }
}
