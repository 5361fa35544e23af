package io.fazhi.indicator.service;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.commons.security.AccessPolicy;
import io.fazhi.commons.security.Caller;
import io.fazhi.commons.status.Publication;
import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.model.ReportExtraction;
import io.fazhi.indicator.normalization.PerVillage;
import io.fazhi.indicator.repository.ExtractionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The stored indicators of the latest report version of townships. Where the area publishes accepted values only
 * ({@link Publication}), a report version the county has not accepted is shown only to its township and to county
 * administrators of an enclosing area.
 */
@ApplicationScoped
public class IndicatorQueryService {

    private final ExtractionRepository extractions;
    private final ObjectMapper json;
    private final Extractor extractor;

    private final Publication publication;

    IndicatorQueryService(ExtractionRepository extractions, ObjectMapper json, Extractor extractor,
            Publication publication) {
        this.extractions = extractions;
        this.json = json;
        this.extractor = extractor;
        this.publication = publication;
    }

    @Transactional
    public TownshipIndicators get(String townshipCode, int year, Caller caller) {
        ReportExtraction e = extractions.findLatest(townshipCode, year)
                .orElseThrow(() -> new IndicatorsNotFoundException(townshipCode, year));
        if (!AccessPolicy.mayReadReportsOf(caller, townshipCode)
                && !publication.publishes(townshipCode, year, e.reportVersion)) {
            throw IndicatorsNotFoundException.notPublished(townshipCode, year);
        }
        return toView(e);
    }

    @Transactional
    public List<TownshipIndicators> list(String area, int year, Caller caller) {
        String prefix = area == null ? "" : area;
        Publication.Published published = publication.of(prefix, year);
        return extractions.findLatestInArea(prefix, year).stream()
                .filter(e -> AccessPolicy.mayReadReportsOf(caller, e.townshipCode)
                        || published.publishes(e.townshipCode, e.reportVersion))
                .map(this::toView).toList();
    }

    private TownshipIndicators toView(ReportExtraction e) {
        try {
            ExtractionResult r = json.readValue(e.resultJson, ExtractionResult.class);
            return new TownshipIndicators(e.townshipCode, e.township, e.countyCode, e.county, e.year, e.reportId,
                    e.reportVersion, e.computedAt, r.extractorVersion(), r.quantities(), r.indicators(), r.flags(),
                    r.structure(), PerVillage.of(r.indicators(), extractor.catalog()), e.indicators.stream()
                            .sorted(java.util.Comparator.comparing(v -> v.key))
                            .map(v -> new TownshipIndicators.ValueInForce(v.key, v.value.stripTrailingZeros(), v.approx,
                                    v.unit, v.confidence, v.needsReview, v.source, v.reviewedBy))
                            .toList());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored extraction " + e.id + " is not readable", ex);
        }
    }
}
