package io.fazhi.dashboard.ranking;

import java.util.List;

/**
 * How the rank intervals were simulated, enough to reproduce them, and the robustness statement the WJP audit makes:
 * the share of township-runs whose rank lies within three positions of the township's median rank.
 */
public record UncertaintySummary(int runs, long seed, List<Normalization> normalizations, double weightFactorMin,
        double weightFactorMax, boolean winsorizeVaried, boolean approxVaried, double shareWithinThreePositions) {
}
