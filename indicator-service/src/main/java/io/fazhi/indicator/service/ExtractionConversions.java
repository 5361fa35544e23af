package io.fazhi.indicator.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.fazhi.indicator.event.IndicatorsComputed;
import io.fazhi.indicator.event.IndicatorsComputed.ComputedIndicator;
import io.fazhi.indicator.event.IndicatorsComputed.Quote;
import io.fazhi.indicator.extraction.Catalog;
import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.IndicatorDefinition;
import io.fazhi.indicator.extraction.IndicatorValue;
import io.fazhi.indicator.model.ReportExtraction;
import io.fazhi.indicator.model.StoredIndicator;
import io.fazhi.indicator.normalization.PerVillage;

/** The one place where extraction results become stored rows and IndicatorsComputed events. */
final class ExtractionConversions {

    static final String COMPLETENESS = "structure.completeness";

    private ExtractionConversions() {
    }

    /** Every value of the result as a uniform list: numbers, then stated flags and structure parts as 1 or 0. */
    static List<ComputedIndicator> computed(ExtractionResult result, Catalog catalog) {
        List<ComputedIndicator> list = new ArrayList<>();
        Map<String, BigDecimal> perVillage = PerVillage.of(result.indicators(), catalog);
        for (IndicatorValue v : result.indicators()) {
            List<Quote> quotes = v.evidence().stream().map(e -> new Quote(e.quote(), e.start(), e.end())).toList();
            list.add(indicator(catalog, v.key(), v.value(), v.approx(), v.unit(), perVillage.get(v.key()), quotes)
                    .withConfidence(v.confidence(), v.reasons(), v.needsReview()));
        }
        for (Map.Entry<String, Boolean> flag : result.flags().entrySet()) {
            list.add(indicator(catalog, flag.getKey(), flag.getValue() ? BigDecimal.ONE : BigDecimal.ZERO, false, null,
                    null, List.of()));
        }
        for (Map.Entry<String, Object> part : result.structure().entrySet()) {
            BigDecimal value = part.getValue() instanceof Boolean b ? (b ? BigDecimal.ONE : BigDecimal.ZERO)
                    : new BigDecimal(part.getValue().toString());
            list.add(indicator(catalog, part.getKey(), value, false, COMPLETENESS.equals(part.getKey()) ? "%" : null,
                    null, List.of()));
        }
        return list;
    }

    static ComputedIndicator indicator(Catalog catalog, String key, BigDecimal value, boolean approx,
            String unit, BigDecimal perVillage, List<Quote> quotes) {
        var definition = catalog.find(key);
        String kind = definition.map(IndicatorDefinition::kind).orElse(COMPLETENESS.equals(key) ? "rate" : "flag");
        String direction = definition.map(IndicatorDefinition::direction).orElse("up");
        String dimension = definition.map(IndicatorDefinition::dimension).orElse(key.substring(0, key.indexOf('.')));
        return new ComputedIndicator(key, value, approx, unit, kind, direction, dimension, perVillage, quotes, null,
                List.of(), false, ComputedIndicator.MACHINE, null);
    }

    /** Updates rows in place by key: Hibernate flushes inserts before orphan deletes, which a unique key forbids. */
    static void replaceIndicators(ReportExtraction extraction, List<ComputedIndicator> values) {
        Map<String, StoredIndicator> held = new HashMap<>();
        extraction.indicators.forEach(row -> held.put(row.key, row));
        extraction.indicators.removeIf(row -> values.stream().noneMatch(v -> v.key().equals(row.key)));
        for (ComputedIndicator v : values) {
            StoredIndicator row = held.get(v.key());
            if (row == null) {
                row = new StoredIndicator();
                row.extraction = extraction;
                row.key = v.key();
                extraction.indicators.add(row);
            }
            row.kind = v.kind();
            row.value = v.value();
            row.approx = v.approx();
            row.unit = v.unit();
            row.confidence = v.confidence();
            row.needsReview = v.needsReview();
            row.source = v.source();
            row.reviewedBy = v.reviewedBy();
        }
    }

    static IndicatorsComputed event(ReportExtraction e, ExtractionResult result, List<ComputedIndicator> values,
            Instant now) {
        Map<String, Boolean> flags = new java.util.LinkedHashMap<>();
        for (ComputedIndicator v : values) { // the flags as reviewed: a reviewer's value wins here too
            if ("flag".equals(v.kind()) && !v.key().startsWith("structure.")) {
                flags.put(v.key(), v.value().signum() != 0);
            }
        }
        return new IndicatorsComputed(UUID.randomUUID().toString(), now, IndicatorsComputed.SCHEMA_VERSION,
                e.townshipCode, e.township, e.countyCode, e.county, e.year, e.reportId, e.reportVersion,
                e.submittedAt, e.late, e.extractorVersion, e.computedAt, values, flags, result.structure());
    }
}
