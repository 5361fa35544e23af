package io.fazhi.indicator.service;

import java.util.List;

import io.fazhi.commons.locks.YearLocks;
import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.repository.ExtractionRepository.ReadingRef;
import io.fazhi.indicator.repository.ExtractionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * After an extractor upgrade: reads every latest report version again, one transaction per report, so that the
 * new values flow to the dashboard as fresh IndicatorsComputed events. Running it twice re-reads nothing. Reports
 * of a locked year are held back (counted, read again once unlocked); an area whose years are all locked and that
 * has nothing else to read is refused with 409.
 */
@ApplicationScoped
public class ReextractionService {

    /** How many reports were read again, and with which extractor. */
    public record Summary(String extractorVersion, int reextracted, int heldByLock) {
    }

    private final ExtractionRepository extractions;
    private final ExtractionService extraction;
    private final Extractor extractor;
    private final YearLocks locks;

    ReextractionService(ExtractionRepository extractions, ExtractionService extraction, Extractor extractor,
            YearLocks locks) {
        this.locks = locks;
        this.extractions = extractions;
        this.extraction = extraction;
        this.extractor = extractor;
    }

    /** Re-reads the outdated reports of townships whose code starts with {@code area} ("" for all). */
    public Summary reextractOutdated(String area) {
        List<ReadingRef> outdated = outdated(area);
        List<ReadingRef> open = unlocked(outdated);
        if (open.isEmpty() && !outdated.isEmpty()) {
            ReadingRef first = outdated.get(0);
            locks.requireOpen(first.townshipCode(), first.year(), "re-extraction");
        }
        open.forEach(r -> extraction.reextract(r.id()));
        return new Summary(extractor.version(), open.size(), outdated.size() - open.size());
    }

    @Transactional
    List<ReadingRef> outdated(String area) {
        return extractions.findLatestNotReadBy(extractor.version(), area);
    }

    /** Those of the readings that no lock holds. */
    @Transactional
    List<ReadingRef> unlocked(List<ReadingRef> readings) {
        return readings.stream().filter(r -> locks.over(r.townshipCode(), r.year()).isEmpty()).toList();
    }
}
