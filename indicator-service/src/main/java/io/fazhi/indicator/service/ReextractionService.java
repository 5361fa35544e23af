package io.fazhi.indicator.service;

import java.util.List;

import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.repository.ExtractionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * After an extractor upgrade: reads every latest report version again, one transaction per report, so that the
 * new values flow to the dashboard as fresh IndicatorsComputed events. Running it twice re-reads nothing.
 */
@ApplicationScoped
public class ReextractionService {

    /** How many reports were read again, and with which extractor. */
    public record Summary(String extractorVersion, int reextracted) {
    }

    private final ExtractionRepository extractions;
    private final ExtractionService extraction;
    private final Extractor extractor;

    ReextractionService(ExtractionRepository extractions, ExtractionService extraction, Extractor extractor) {
        this.extractions = extractions;
        this.extraction = extraction;
        this.extractor = extractor;
    }

    /** Re-reads the outdated reports of townships whose code starts with {@code area} ("" for all). */
    public Summary reextractOutdated(String area) {
        List<Long> ids = outdated(area);
        ids.forEach(extraction::reextract);
        return new Summary(extractor.version(), ids.size());
    }

    @Transactional
    List<Long> outdated(String area) {
        return extractions.findLatestIdsNotReadBy(extractor.version(), area);
    }
}
