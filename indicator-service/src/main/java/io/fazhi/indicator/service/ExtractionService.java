package io.fazhi.indicator.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.commons.messaging.ProcessedEvents;
import io.fazhi.commons.outbox.Outbox;
import io.fazhi.indicator.config.IndicatorConfig;
import io.fazhi.indicator.event.IndicatorsComputed;
import io.fazhi.indicator.event.IndicatorsComputed.ComputedIndicator;
import io.fazhi.indicator.event.ReportSubmitted;
import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.model.ReportExtraction;
import io.fazhi.indicator.repository.ExtractionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Reads a submitted report version into indicators, lays reviewers' corrections over them, stores them and queues
 * IndicatorsComputed, all in one transaction.
 */
@ApplicationScoped
public class ExtractionService {

    private static final Logger LOG = Logger.getLogger(ExtractionService.class);

    /** What became of one ReportSubmitted event. */
    public enum Outcome { EXTRACTED, DUPLICATE, SUPERSEDED }

    private final Extractor extractor;
    private final ExtractionRepository extractions;
    private final ProcessedEvents processed;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final Clock clock;
    private final String topic;
    private final CorrectionCarrier corrections;

    ExtractionService(Extractor extractor, ExtractionRepository extractions, ProcessedEvents processed,
            Outbox outbox, ObjectMapper json, Clock clock, IndicatorConfig config, CorrectionCarrier corrections) {
        this.corrections = corrections;
        this.extractor = extractor;
        this.extractions = extractions;
        this.processed = processed;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.topic = config.indicatorsTopic();
    }

    @Transactional
    public Outcome process(ReportSubmitted event) {
        if (!processed.firstDelivery(event.eventId())) {
            return Outcome.DUPLICATE;
        }
        var held = extractions.findLatest(event.townshipCode(), event.year());
        if (held.isPresent() && held.get().reportVersion >= event.version()) {
            LOG.infof("Report %s:%d version %d ignored, version %d is held", event.townshipCode(), event.year(),
                    event.version(), held.get().reportVersion);
            return Outcome.SUPERSEDED;
        }
        ReportExtraction extraction = fromEvent(event);
        // corrections are made on a held extraction: the first version of a township's year has none to carry
        boolean corrected = held.isPresent();
        if (corrected) {
            corrections.carryOver(extraction);
        }
        extract(extraction, corrected);
        extractions.persist(extraction);
        return Outcome.EXTRACTED;
    }

    /** Reads a stored report again with the extractor in force and its corrections, and publishes the values. */
    @Transactional
    public void reextract(long extractionId) {
        extractions.findByIdOptional(extractionId).ifPresent(e -> extract(e, true));
    }

    private void extract(ReportExtraction extraction, boolean mayBeCorrected) {
        ExtractionResult result = extractor.extract(extraction.text);
        Instant now = clock.instant();
        extraction.extractorVersion = result.extractorVersion();
        extraction.computedAt = now;
        extraction.resultJson = serialize(result);
        List<ComputedIndicator> values = Corrections.apply(ExtractionConversions.computed(result, extractor.catalog()),
                mayBeCorrected ? corrections.active(extraction) : List.of(), extractor.catalog());
        ExtractionConversions.replaceIndicators(extraction, values);
        IndicatorsComputed event = ExtractionConversions.event(extraction, result, values, now);
        outbox.enqueue(topic, event.key(), IndicatorsComputed.TYPE, event.eventId(), event);
    }

    private ReportExtraction fromEvent(ReportSubmitted event) {
        ReportExtraction e = new ReportExtraction();
        e.reportId = event.reportId();
        e.townshipCode = event.townshipCode();
        e.township = event.township();
        e.countyCode = event.countyCode() == null ? event.townshipCode().substring(0, 6) : event.countyCode();
        e.county = event.county();
        e.year = event.year();
        e.reportVersion = event.version();
        e.title = event.title();
        e.contentSha256 = event.contentSha256() == null ? "" : event.contentSha256();
        e.submittedAt = event.submittedAt();
        e.late = Boolean.TRUE.equals(event.late());
        e.text = event.text();
        return e;
    }

    private String serialize(ExtractionResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an extraction result is plain records and always serializes", e);
        }
    }
}
