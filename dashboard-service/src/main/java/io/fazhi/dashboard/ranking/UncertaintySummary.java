package io.fazhi.dashboard.ranking;

import java.util.List;

/**
 * How the rank intervals were simulated, enough to reproduce them, and the robustness statement the WJP audit makes:
 * the share of township-runs whose rank lies within three positions of the township's median rank. {@code missingVaried}:
 * unstated values were drawn from peers' stated values in some runs.
 */
public record UncertaintySummary(int runs, long seed, List<Normalization> normalizations, double weightFactorMin,
        double weightFactorMax, boolean winsorizeVaried, boolean approxVaried, boolean missingVaried,
        double shareWithinThreePositions) {
}
