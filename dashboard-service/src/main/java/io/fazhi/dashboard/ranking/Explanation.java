package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a township has its score: each dimension's score, its effective weight (re-normalised over the dimensions the
 * township reports) and its contribution, and the same for each indicator. Contributions add up to the score before
 * its rounding to two decimals; missing indicators are listed with weight 0.
 */
public record Explanation(String townshipCode, String township, Integer rank, Double score, boolean insufficientData,
        double coverage, List<DimensionContribution> dimensions, String methodologyVersion, String dataHash) {

    /** One dimension's part in the score; {@code score} null when the township reports none of its indicators. */
    public record DimensionContribution(String dimension, Double score, double weight, double contribution,
            List<IndicatorContribution> indicators) {
    }

    /**
     * One indicator's part: raw value (null when the report does not state it), 0-100 score, effective weight in the
     * index, contribution; {@code missing} says what the missing-data rule gave an unstated one (no-credit, imputed).
     */
    public record IndicatorContribution(String key, Double value, boolean approx, Double score, double weight,
            double contribution, String missing) {
    }

    static Optional<Explanation> of(CompositeResult result, String townshipCode) {
        return result.entry(townshipCode).map(e -> explain(result, e));
    }

    private static Explanation explain(CompositeResult result, CompositeEntry entry) {
        Map<String, List<IndexIndicator>> byDimension = new LinkedHashMap<>();
        for (IndexIndicator i : result.indicators()) {
            byDimension.computeIfAbsent(i.dimension(), d -> new ArrayList<>()).add(i);
        }
        Map<String, Double> present = new LinkedHashMap<>(); // dimension -> sum of present indicator weights
        double dimensionWeightTotal = 0;
        for (var d : byDimension.entrySet()) {
            double sum = 0;
            for (IndexIndicator i : d.getValue()) {
                sum += scoreOf(entry, i.key()) != null ? i.indicatorWeight() : 0;
            }
            present.put(d.getKey(), sum);
            dimensionWeightTotal += sum > 0 ? d.getValue().get(0).dimensionWeight() : 0;
        }
        List<DimensionContribution> dimensions = new ArrayList<>();
        for (var d : byDimension.entrySet()) {
            double within = present.get(d.getKey());
            double dimensionShare = within > 0 ? d.getValue().get(0).dimensionWeight() / dimensionWeightTotal : 0;
            List<IndicatorContribution> parts = new ArrayList<>();
            double dimensionScore = 0;
            for (IndexIndicator i : d.getValue()) {
                ScoredValue v = entry.indicators().get(i.key());
                Double score = scoreOf(entry, i.key());
                double share = score != null ? i.indicatorWeight() / within : 0;
                dimensionScore += score != null ? share * score : 0;
                parts.add(new IndicatorContribution(i.key(), v == null ? null : v.value(), v != null && v.approx(),
                        score, dimensionShare * share, score != null ? dimensionShare * share * score : 0,
                        v == null ? null : v.missing()));
            }
            Double scoreOrNull = within > 0 ? dimensionScore : null;
            dimensions.add(new DimensionContribution(d.getKey(), scoreOrNull, dimensionShare,
                    within > 0 ? dimensionShare * dimensionScore : 0, List.copyOf(parts)));
        }
        return new Explanation(entry.townshipCode(), entry.township(), entry.rank(), entry.score(),
                entry.insufficientData(), entry.coverage(), List.copyOf(dimensions), result.methodologyVersion(),
                result.dataHash());
    }

    private static Double scoreOf(CompositeEntry entry, String key) {
        ScoredValue v = entry.indicators().get(key);
        return v == null ? null : v.score();
    }
}
