package io.fazhi.dashboard.ranking;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The choices behind a composite index. Weights are keyed by dimension or by indicator key; anything not named weighs
 * 1, so the default is equal weight per dimension and equal weight per indicator within a dimension (as the WJP index).
 * {@code winsorize} treats outliers only where the handbook's test fails (|skewness| > 2 and kurtosis > 3.5).
 * {@code coverageThreshold} is the share of the index's indicators a township must report to be ranked.
 */
public record Methodology(Normalization normalization, Map<String, Double> weights, boolean winsorize,
        boolean includeApprox, double coverageThreshold) {

    /** Bumped whenever a change to the engine could change a published score or rank. */
    public static final String METHODOLOGY_VERSION = "1.0";
    public static final double DEFAULT_COVERAGE_THRESHOLD = 2.0 / 3.0;

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
        weights = java.util.Collections.unmodifiableMap(copy);
        if (!(coverageThreshold >= 0 && coverageThreshold <= 1)) {
            throw new InvalidMethodologyException("coverage threshold must lie in 0..1, got " + coverageThreshold);
        }
    }

    /** Min-max, equal weights, automatic winsorizing, approximate values included, two-thirds coverage. */
    public static Methodology defaults() {
        return new Methodology(Normalization.MIN_MAX, Map.of(), true, true, DEFAULT_COVERAGE_THRESHOLD);
    }

    public Methodology withNormalization(Normalization value) {
        return new Methodology(value, weights, winsorize, includeApprox, coverageThreshold);
    }

    public Methodology withWeights(Map<String, Double> value) {
        return new Methodology(normalization, value, winsorize, includeApprox, coverageThreshold);
    }

    public Methodology withWinsorize(boolean value) {
        return new Methodology(normalization, weights, value, includeApprox, coverageThreshold);
    }

    public Methodology withIncludeApprox(boolean value) {
        return new Methodology(normalization, weights, winsorize, value, coverageThreshold);
    }

    public Methodology withCoverageThreshold(double value) {
        return new Methodology(normalization, weights, winsorize, includeApprox, value);
    }

    double weightOf(String dimensionOrKey) {
        return weights.getOrDefault(dimensionOrKey, 1.0);
    }
}
