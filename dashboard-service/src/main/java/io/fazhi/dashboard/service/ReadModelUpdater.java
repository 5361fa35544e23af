package io.fazhi.dashboard.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.commons.messaging.ProcessedEvents;
import io.fazhi.dashboard.event.IndicatorsComputed;
import io.fazhi.dashboard.event.IndicatorsComputed.ComputedIndicator;
import io.fazhi.dashboard.model.IndicatorReading;
import io.fazhi.dashboard.model.TownshipYear;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Applies IndicatorsComputed to the read model. The newest report version wins; for the same version, the newest
 * computation (a re-extraction) wins; redeliveries and older events change nothing.
 */
@ApplicationScoped
public class ReadModelUpdater {

    private static final Logger LOG = Logger.getLogger(ReadModelUpdater.class);

    /** What became of one event. */
    public enum Outcome { APPLIED, DUPLICATE, STALE }

    private final TownshipYearRepository townshipYears;
    private final ProcessedEvents processed;
    private final ObjectMapper json;

    ReadModelUpdater(TownshipYearRepository townshipYears, ProcessedEvents processed, ObjectMapper json) {
        this.townshipYears = townshipYears;
        this.processed = processed;
        this.json = json;
    }

    @Transactional
    public Outcome apply(IndicatorsComputed event) {
        if (!processed.firstDelivery(event.eventId())) {
            return Outcome.DUPLICATE;
        }
        TownshipYear row = townshipYears.find(event.townshipCode(), event.year()).orElse(null);
        if (row != null && !isNewer(event, row)) {
            LOG.infof("IndicatorsComputed for %s:%d version %d is older than the held version %d", event.townshipCode(),
                    event.year(), event.reportVersion(), row.reportVersion);
            return Outcome.STALE;
        }
        if (row == null) {
            row = new TownshipYear();
            row.townshipCode = event.townshipCode();
            row.year = event.year();
            copy(event, row);
            townshipYears.persist(row);
        } else {
            copy(event, row);
        }
        return Outcome.APPLIED;
    }

    private static boolean isNewer(IndicatorsComputed event, TownshipYear row) {
        if (event.reportVersion() != row.reportVersion) {
            return event.reportVersion() > row.reportVersion;
        }
        return event.computedAt().isAfter(row.computedAt);
    }

    private void copy(IndicatorsComputed e, TownshipYear row) {
        row.township = e.township();
        row.countyCode = e.countyCode();
        row.county = e.county();
        row.reportId = e.reportId();
        row.reportVersion = e.reportVersion();
        row.extractorVersion = e.extractorVersion();
        row.computedAt = e.computedAt();
        row.submittedAt = e.submittedAt();
        row.late = Boolean.TRUE.equals(e.late());
        row.revision++;
        replaceReadings(row, e.indicators());
    }

    /** Updates rows in place by key: Hibernate flushes inserts before orphan deletes, which a unique key forbids. */
    private void replaceReadings(TownshipYear row, List<ComputedIndicator> values) {
        Map<String, IndicatorReading> held = new HashMap<>();
        row.readings.forEach(r -> held.put(r.key, r));
        row.readings.removeIf(r -> values.stream().noneMatch(v -> v.key().equals(r.key)));
        for (ComputedIndicator v : values) {
            IndicatorReading reading = held.get(v.key());
            if (reading == null) {
                reading = new IndicatorReading();
                reading.townshipYear = row;
                reading.key = v.key();
                row.readings.add(reading);
            }
            reading.value = v.value();
            reading.approx = v.approx();
            reading.unit = v.unit();
            reading.kind = v.kind();
            reading.direction = v.direction();
            reading.dimension = v.dimension();
            reading.evidenceJson = evidence(v);
            reading.source = v.source() == null ? "machine" : v.source();
            reading.reviewedBy = v.reviewedBy();
        }
    }

    private String evidence(ComputedIndicator v) {
        try {
            return json.writeValueAsString(v.evidence() == null ? List.of() : v.evidence());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("quotes are plain records and always serialize", e);
        }
    }
}
