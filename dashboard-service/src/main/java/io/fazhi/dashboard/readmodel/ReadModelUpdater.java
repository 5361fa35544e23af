package io.fazhi.dashboard.readmodel;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.commons.locks.YearLocks;
import io.fazhi.commons.messaging.ProcessedEvents;
import io.fazhi.dashboard.event.IndicatorsComputed;
import io.fazhi.dashboard.event.IndicatorsComputed.ComputedIndicator;
import io.fazhi.dashboard.model.IndicatorReading;
import io.fazhi.dashboard.model.ParkedReading;
import io.fazhi.dashboard.model.TownshipYear;
import io.fazhi.dashboard.repository.ParkedReadingRepository;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * Applies IndicatorsComputed to the read model. The newest report version wins; for the same version, the newest
 * computation (a re-extraction) wins; redeliveries and older events change nothing. An event of a locked year is
 * parked, not applied: the year's read model stays as it was locked until the unlock, when the parked events are
 * applied in the order they came.
 */
@ApplicationScoped
public class ReadModelUpdater {

    private static final Logger LOG = Logger.getLogger(ReadModelUpdater.class);

    /** What became of one event. */
    public enum Outcome { APPLIED, DUPLICATE, SUPERSEDED, PARKED }

    private final TownshipYearRepository townshipYears;
    private final ProcessedEvents processed;
    private final ObjectMapper json;
    private final YearLocks locks;
    private final ParkedReadingRepository parked;
    private final IndicatorsEventReader reader;
    private final Clock clock;
    private final Event<ReadModelChanged> changed;

    ReadModelUpdater(TownshipYearRepository townshipYears, ProcessedEvents processed, ObjectMapper json,
            YearLocks locks, ParkedReadingRepository parked, IndicatorsEventReader reader, Clock clock,
            Event<ReadModelChanged> changed) {
        this.changed = changed;
        this.locks = locks;
        this.parked = parked;
        this.reader = reader;
        this.clock = clock;
        this.townshipYears = townshipYears;
        this.processed = processed;
        this.json = json;
    }

    @Transactional
    public Outcome apply(IndicatorsComputed event) {
        if (!processed.firstDelivery(event.eventId())) {
            return Outcome.DUPLICATE;
        }
        if (locks.over(event.townshipCode(), event.year()).isPresent()) {
            park(event);
            return Outcome.PARKED;
        }
        return applyNow(event);
    }

    /**
     * After an unlock of {@code area}'s year: applies the parked events of its townships that no other lock holds,
     * in the order they came, in one transaction.
     */
    @Transactional
    public int replayParked(String area, int year) {
        int applied = 0;
        for (ParkedReading p : parked.inArea(area, year)) {
            if (locks.over(p.townshipCode, p.year).isPresent()) {
                continue;
            }
            applyNow(reader.read(p.payload));
            parked.delete(p);
            applied++;
        }
        return applied;
    }

    private void park(IndicatorsComputed event) {
        ParkedReading p = new ParkedReading();
        p.townshipCode = event.townshipCode();
        p.year = event.year();
        p.parkedAt = clock.instant();
        try {
            p.payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("events are plain records and always serialize", e);
        }
        parked.persist(p);
    }

    private Outcome applyNow(IndicatorsComputed event) {
        TownshipYear row = townshipYears.find(event.townshipCode(), event.year()).orElse(null);
        if (row != null && !isNewer(event, row)) {
            LOG.infof("IndicatorsComputed for %s:%d version %d is older than the held version %d", event.townshipCode(),
                    event.year(), event.reportVersion(), row.reportVersion);
            return Outcome.SUPERSEDED;
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
        changed.fire(new ReadModelChanged(row.townshipCode, row.year));
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
            reading.perVillage = v.perVillage();
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
