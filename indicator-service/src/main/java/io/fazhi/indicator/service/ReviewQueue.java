package io.fazhi.indicator.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fazhi.commons.security.AccessPolicy;
import io.fazhi.commons.security.Caller;
import io.fazhi.indicator.config.IndicatorConfig;
import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.extraction.IndicatorDefinition;
import io.fazhi.indicator.model.ReportExtraction;
import io.fazhi.indicator.model.StoredIndicator;
import io.fazhi.indicator.model.ValueCorrection;
import io.fazhi.indicator.repository.CorrectionRepository;
import io.fazhi.indicator.repository.ExtractionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * What asks for a reviewer's look in an area and year: corrections whose words vanished from a new report version,
 * broken data-quality rules ({@link QualityRules}), values a new version changed, low-confidence values. Ordered by
 * how far each item can move its township on the indicator's ranking ({@link RankShift}), then by its kind's weight.
 * Confirming a value (a correction with action confirm) marks it checked.
 */
@ApplicationScoped
public class ReviewQueue {

    static final double CHANGED_WEIGHT = 0.6;

    private final ExtractionRepository extractions;
    private final CorrectionRepository corrections;
    private final Extractor extractor;
    private final QualityRules rules;

    ReviewQueue(ExtractionRepository extractions, CorrectionRepository corrections, Extractor extractor,
            IndicatorConfig config) {
        this.extractions = extractions;
        this.corrections = corrections;
        this.extractor = extractor;
        this.rules = new QualityRules(config.outlierThreshold(), config.yearOverYearFactor());
    }

    @Transactional
    public List<ReviewItem> of(String area, int year, Caller caller) {
        AccessPolicy.require(AccessPolicy.administers(caller, area), "the review queue outside your area");
        List<ReportExtraction> latest = extractions.findLatestInArea(area, year);
        List<QualityRules.Value> inForce = values(latest);
        RankShift shifts = new RankShift(inForce, directions());
        Map<String, Double> held = new HashMap<>();
        inForce.forEach(v -> held.put(v.townshipCode() + "|" + v.key(), v.value().doubleValue()));
        List<ReviewItem> items = new ArrayList<>();
        for (ValueCorrection c : corrections.queued(area, year)) {
            Double machine = held.get(c.townshipCode + "|" + c.key);
            items.add(item(shifts, c.townshipCode, null, c.year, c.reportVersion, c.key, "words-vanished", c.value,
                    null, 1.0, c.id, List.of("correction by " + c.reviewer + ": " + c.reason), machine,
                    c.value == null ? null : c.value.doubleValue()));
        }
        for (QualityRules.Violation v : rules.check(inForce, values(extractions.findLatestInArea(area, year - 1)))) {
            QualityRules.Value value = v.value();
            Double alternative = v.alternative() != null ? v.alternative()
                    : shifts.medianOfOthers(value.townshipCode(), value.key());
            items.add(item(shifts, value.townshipCode(), value.township(), year, value.reportVersion(), value.key(),
                    v.rule(), value.value().stripTrailingZeros(), null, v.severity(), null, List.of(v.reference()),
                    value.value().doubleValue(), alternative));
        }
        latest.forEach(e -> changedSincePreviousVersion(e, shifts, items));
        for (ReportExtraction e : latest) {
            for (StoredIndicator v : e.indicators) {
                if (v.needsReview && !"reviewed".equals(v.source)) {
                    double confidence = v.confidence == null ? 0 : v.confidence;
                    // if the value is not in the report after all, the township does not state it
                    items.add(item(shifts, e.townshipCode, e.township, e.year, e.reportVersion, v.key,
                            "low-confidence", v.value.stripTrailingZeros(), v.confidence, 1 - confidence, null,
                            List.of(), v.value.doubleValue(), null));
                }
            }
        }
        items.sort(Comparator.comparingInt(ReviewItem::rankShift).reversed()
                .thenComparing(Comparator.comparingDouble(ReviewItem::weight).reversed())
                .thenComparing(ReviewItem::townshipCode).thenComparing(ReviewItem::key));
        return items;
    }

    private static ReviewItem item(RankShift shifts, String code, String township, int year, int version, String key,
            String why, BigDecimal value, Double confidence, double weight, Long correctionId, List<String> reasons,
            Double inForce, Double alternative) {
        return new ReviewItem(code, township, year, version, key, why, value, confidence, weight,
                shifts.places(code, key, inForce, alternative), shifts.stating(key), correctionId, reasons);
    }

    /** The machine's values a new report version changed, added or dropped against the version before it. */
    private void changedSincePreviousVersion(ReportExtraction e, RankShift shifts, List<ReviewItem> items) {
        if (e.reportVersion < 2) {
            return;
        }
        Optional<ReportExtraction> previous = extractions.findVersion(e.townshipCode, e.year, e.reportVersion - 1);
        if (previous.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> before = new HashMap<>();
        previous.get().indicators.forEach(v -> before.put(v.key, v.value));
        String was = "version " + (e.reportVersion - 1) + ": ";
        for (StoredIndicator v : e.indicators) {
            BigDecimal old = before.remove(v.key);
            if (!"reviewed".equals(v.source) && (old == null || old.compareTo(v.value) != 0)) {
                items.add(item(shifts, e.townshipCode, e.township, e.year, e.reportVersion, v.key,
                        "changed-by-new-version", v.value.stripTrailingZeros(), v.confidence, CHANGED_WEIGHT, null,
                        List.of(was + (old == null ? "not stated" : old.stripTrailingZeros().toPlainString())),
                        v.value.doubleValue(), old == null ? null : old.doubleValue()));
            }
        }
        before.forEach((key, old) -> items.add(item(shifts, e.townshipCode, e.township, e.year, e.reportVersion, key,
                "changed-by-new-version", null, null, CHANGED_WEIGHT, null, List.of(was
                        + old.stripTrailingZeros().toPlainString() + "; not stated in version " + e.reportVersion),
                null, old.doubleValue())));
    }

    private Map<String, String> directions() {
        Map<String, String> out = new HashMap<>();
        for (IndicatorDefinition d : extractor.catalog().indicators()) {
            out.put(d.key(), d.direction());
        }
        return out;
    }

    private static List<QualityRules.Value> values(List<ReportExtraction> reports) {
        List<QualityRules.Value> out = new ArrayList<>();
        for (ReportExtraction e : reports) {
            for (StoredIndicator v : e.indicators) {
                out.add(new QualityRules.Value(e.townshipCode, e.township, e.reportVersion, v.key, v.kind, v.value,
                        "reviewed".equals(v.source)));
            }
        }
        return out;
    }
}
