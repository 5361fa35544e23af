package io.fazhi.dashboard.ranking;

/**
 * An indicator as it entered the index: its requested weights, its share of the index for a township that reports
 * everything ({@code nominalWeight}), the normalization actually applied and how many ranked townships report it.
 */
public record IndexIndicator(String key, String dimension, Direction direction, String kind, double indicatorWeight,
        double dimensionWeight, double nominalWeight, Normalization normalization, int reportedBy) {
}
