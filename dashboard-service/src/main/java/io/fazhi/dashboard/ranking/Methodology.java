package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The choices behind a composite index. Weights are keyed by dimension or by indicator key; anything not named weighs
 * 1, so the default is equal weight per dimension and equal weight per indicator within a dimension (as the WJP index).
 * {@code winsorize} treats outliers only where the handbook's test fails (|skewness| > 2 and kurtosis > 3.5).
 * {@code missing} says what an unstated indicator counts for ({@link MissingData}); {@code coverageThreshold} is the
 * share of the index's indicators a township must report to be ranked, and applies only to
 * {@link MissingData#AVAILABLE}. {@code indicatorCoverage} is the share of the area's townships that must state an
 * indicator for it to enter the index (indicator selection; 0 keeps every indicator). {@code disclosure} adds the
 * disclosure dimension ({@link Disclosure}). {@code byPeerGroup} ranks each township among its peer group (街道, or
 * 镇/乡) instead of the whole area, on the same scores.
 */
public record Methodology(Normalization normalization, Map<String, Double> weights, boolean winsorize,
        boolean includeApprox, double coverageThreshold, MissingData missing, double indicatorCoverage,
        boolean disclosure, boolean byPeerGroup) {

    /** Bumped whenever a change to the engine could change a published score or rank. */
    public static final String METHODOLOGY_VERSION = "2.0";
    public static final double DEFAULT_COVERAGE_THRESHOLD = 2.0 / 3.0;
    /** The defaults, chosen by the rank-fidelity evaluation (dashboard-service/README.md). */
    public static final MissingData DEFAULT_MISSING = MissingData.NO_CREDIT;
    public static final double DEFAULT_INDICATOR_COVERAGE = 0.0;
    public static final boolean DEFAULT_DISCLOSURE = true;

    public Methodology {
        Objects.requireNonNull(normalization, "normalization");
        TreeMap<String, Double> copy = new TreeMap<>();
        if (weights != null) {
            weights.forEach((key, weight) -> {
                if (key == null || weight == null || !Double.isFinite(weight) || weight < 0) {
                    throw new InvalidMethodologyException("weight of " + key + " must be a finite number >= 0, got "
                            + weight);
                }
                copy.put(key, weight);
            });
        }
        weights = Collections.unmodifiableMap(copy);
        if (!(coverageThreshold >= 0 && coverageThreshold <= 1)) {
            throw new InvalidMethodologyException("coverage threshold must lie in 0..1, got " + coverageThreshold);
        }
        if (!(indicatorCoverage >= 0 && indicatorCoverage <= 1)) {
            throw new InvalidMethodologyException("indicator coverage must lie in 0..1, got " + indicatorCoverage);
        }
        Objects.requireNonNull(missing, "missing");
    }

    /**
     * Min-max, equal weights, automatic winsorizing, approximate values included, evidence-based credit for what a
     * report does not state, every indicator kept, the disclosure dimension, ranks across the whole area.
     */
    public static Methodology defaults() {
        return new Methodology(Normalization.MIN_MAX, Map.of(), true, true, DEFAULT_COVERAGE_THRESHOLD,
                DEFAULT_MISSING, DEFAULT_INDICATOR_COVERAGE, DEFAULT_DISCLOSURE, false);
    }

    /** Methodology 1.1: aggregation over available data, two-thirds coverage screen, no disclosure dimension. */
    public static Methodology availableDataOnly() {
        return new Methodology(Normalization.MIN_MAX, Map.of(), true, true, DEFAULT_COVERAGE_THRESHOLD,
                MissingData.AVAILABLE, 0.0, false, false);
    }

    /** The share of the index's indicators a township must state to be ranked under this methodology. */
    double screenThreshold() {
        return missing.ranksEveryone() ? 0.0 : coverageThreshold;
    }

    public Methodology withNormalization(Normalization value) {
        return new Methodology(value, weights, winsorize, includeApprox, coverageThreshold, missing, indicatorCoverage,
                disclosure, byPeerGroup);
    }

    public Methodology withWeights(Map<String, Double> value) {
        return new Methodology(normalization, value, winsorize, includeApprox, coverageThreshold, missing,
                indicatorCoverage, disclosure, byPeerGroup);
    }

    public Methodology withWinsorize(boolean value) {
        return new Methodology(normalization, weights, value, includeApprox, coverageThreshold, missing,
                indicatorCoverage, disclosure, byPeerGroup);
    }

    public Methodology withIncludeApprox(boolean value) {
        return new Methodology(normalization, weights, winsorize, value, coverageThreshold, missing, indicatorCoverage,
                disclosure, byPeerGroup);
    }

    public Methodology withCoverageThreshold(double value) {
        return new Methodology(normalization, weights, winsorize, includeApprox, value, missing, indicatorCoverage,
                disclosure, byPeerGroup);
    }

    public Methodology withMissing(MissingData value) {
        return new Methodology(normalization, weights, winsorize, includeApprox, coverageThreshold, value,
                indicatorCoverage, disclosure, byPeerGroup);
    }

    public Methodology withIndicatorCoverage(double value) {
        return new Methodology(normalization, weights, winsorize, includeApprox, coverageThreshold, missing, value,
                disclosure, byPeerGroup);
    }

    public Methodology withDisclosure(boolean value) {
        return new Methodology(normalization, weights, winsorize, includeApprox, coverageThreshold, missing,
                indicatorCoverage, value, byPeerGroup);
    }

    public Methodology withPeerGroups(boolean value) {
        return new Methodology(normalization, weights, winsorize, includeApprox, coverageThreshold, missing,
                indicatorCoverage, disclosure, value);
    }

    /**
     * Rejects a dimension or weight key that names nothing in {@code specs}, and lists as ignored the weights that
     * cannot matter for an index of one dimension.
     */
    List<Treatment> checkWeights(List<IndicatorSpec> specs, Optional<String> dimension) {
        Set<String> dimensions = specs.stream().map(IndicatorSpec::dimension).collect(Collectors.toSet());
        Map<String, String> dimensionOfKey = specs.stream()
                .collect(Collectors.toMap(IndicatorSpec::key, IndicatorSpec::dimension, (a, b) -> a));
        if (dimension.isPresent() && !dimensions.contains(dimension.get())) {
            throw new InvalidMethodologyException("unknown dimension: " + dimension.get());
        }
        List<Treatment> ignored = new ArrayList<>();
        for (String key : weights.keySet()) {
            boolean isDimension = dimensions.contains(key);
            if (!isDimension && !dimensionOfKey.containsKey(key)) {
                throw new InvalidMethodologyException("weight names neither a dimension nor an indicator: " + key);
            }
            String scope = dimension.orElse(null);
            if (scope != null && (isDimension || !dimensionOfKey.get(key).equals(scope))) {
                ignored.add(new Treatment(Treatment.Kind.WEIGHT_IGNORED, isDimension ? null : key,
                        "weight of " + key + " has no effect on an index of dimension " + scope));
            }
        }
        return ignored;
    }

    double weightOf(String dimensionOrKey) {
        return weights.getOrDefault(dimensionOrKey, 1.0);
    }
}
