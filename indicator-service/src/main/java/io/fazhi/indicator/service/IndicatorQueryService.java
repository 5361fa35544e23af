package io.fazhi.indicator.service;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.model.ReportExtraction;
import io.fazhi.indicator.normalization.PerVillage;
import io.fazhi.indicator.repository.ExtractionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The stored indicators of the latest report version of townships. */
@ApplicationScoped
public class IndicatorQueryService {

    private final ExtractionRepository extractions;
    private final ObjectMapper json;
    private final Extractor extractor;

    IndicatorQueryService(ExtractionRepository extractions, ObjectMapper json, Extractor extractor) {
        this.extractions = extractions;
        this.json = json;
        this.extractor = extractor;
    }

    @Transactional
    public TownshipIndicators get(String townshipCode, int year) {
        return extractions.findLatest(townshipCode, year).map(this::toView)
                .orElseThrow(() -> new IndicatorsNotFoundException(townshipCode, year));
    }

    @Transactional
    public List<TownshipIndicators> list(String area, int year) {
        return extractions.findLatestInArea(area == null ? "" : area, year).stream().map(this::toView).toList();
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
