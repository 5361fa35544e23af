package io.fazhi.dashboard.ranking;

import java.util.Map;

/**
 * One township in a composite ranking. Ranked townships carry rank, score (two decimals, ties share a rank), the score
 * and rank of each dimension, and, when uncertainty was computed, {@code rankLow}/{@code medianRank}/{@code rankHigh}
 * (5th percentile, median, 95th percentile of the Monte-Carlo ranks). Ranks are within {@code peerGroup} when the
 * methodology ranks by peer group, else within the area. Townships that cannot be ranked (below the coverage
 * threshold of aggregation over available data) have {@code insufficientData} and null ranks and scores.
 * {@code approx} says that an approximate value went into the score.
 */
public record CompositeEntry(Integer rank, String townshipCode, String township, Double score, boolean approx,
        Map<String, Double> dimensionScores, Map<String, Integer> dimensionRanks, String peerGroup, Integer rankLow,
        Integer medianRank, Integer rankHigh, double coverage, int indicatorsReported, int indicatorsInIndex,
        boolean insufficientData, Map<String, ScoredValue> indicators) {

    CompositeEntry withUncertainty(int low, int median, int high) {
        return new CompositeEntry(rank, townshipCode, township, score, approx, dimensionScores, dimensionRanks,
                peerGroup, low, median, high, coverage, indicatorsReported, indicatorsInIndex, insufficientData,
                indicators);
    }
}
