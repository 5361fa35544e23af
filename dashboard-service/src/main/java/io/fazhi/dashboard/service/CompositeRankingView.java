package io.fazhi.dashboard.service;

import java.util.List;
import java.util.Map;

import io.fazhi.dashboard.ranking.Treatment;

/**
 * A composite index of the townships of an area in a year (one dimension when {@code dimension} is set): entries
 * ranked first, then those with insufficient data; what went into it, every treatment, the Monte-Carlo summary (null
 * when {@code runs=0}), the methodology version and data hash that reproduce it, and the lock it is served under
 * (null while the year is open), and the townships withheld where the area publishes accepted values only.
 */
public record CompositeRankingView(String area, int year, String dimension, String methodologyVersion,
        String dataHash, MethodologyView methodology, List<IndicatorView> indicators, List<Treatment> treatments,
        UncertaintyView uncertainty, Integer previousYear, String previousDataHash, LockView lock, PublicationView publication, int ranked,
        int insufficient, List<Entry> entries) {

    /**
     * The choices the index was computed with; {@code weights} includes the defaults applied. {@code missing}: what an
     * unstated indicator counts for (nocredit, impute, available); {@code coverageThreshold}: the share of the index a
     * township must state to be ranked (0 unless missing=available); {@code indicatorCoverage}: the share of townships
     * that must state an indicator for it to be indexed; {@code peerGroup}: kind (ranks within 街道 versus 镇/乡) or
     * none.
     */
    public record MethodologyView(String method, Map<String, Double> weights, boolean winsorize,
            boolean includeApprox, String missing, double coverageThreshold, double indicatorCoverage,
            boolean disclosure, String peerGroup) {
    }

    /** An indicator in the index: its share for a township reporting everything, and its normalization. */
    public record IndicatorView(String key, String dimension, String direction, String kind, String unit,
            double weight, String normalization, int reportedBy) {
    }

    /** How rank intervals were simulated. */
    public record UncertaintyView(int runs, long seed, List<String> methods, double weightFactorMin,
            double weightFactorMax, boolean winsorizeVaried, boolean approxVaried, boolean missingVaried,
            double shareWithinThreePositions) {
    }

    /**
     * One township. {@code value} is the index value (equal to {@code score}, 0-100, two decimals); ranks are null
     * and {@code insufficientData} true below the coverage threshold; {@code rankLow}..{@code rankHigh} is the
     * 5th-95th percentile interval of the simulated ranks and always contains {@code rank}. Ranks, dimension ranks
     * and intervals are within {@code peerGroup} when the methodology ranks by peer group.
     */
    public record Entry(Integer rank, String townshipCode, String township, Double value, boolean approx,
            Double score, Integer rankLow, Integer rankHigh, Integer medianRank, double coverage,
            int indicatorsReported, int indicatorsInIndex, boolean insufficientData,
            Map<String, Double> dimensionScores, Map<String, Integer> dimensionRanks, String peerGroup,
            Change change) {
    }

    /**
     * Against the previous year's index with the same methodology; {@code rankChange} is previous minus current
     * (positive moved up); null where either year has no rank.
     */
    public record Change(Integer previousRank, Integer rankChange, Double scoreChange) {
    }
}
