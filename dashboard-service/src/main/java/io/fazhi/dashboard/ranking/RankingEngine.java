package io.fazhi.dashboard.ranking;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The entry point the dashboard calls: single-indicator rankings, composite indices with uncertainty, explanations. */
public final class RankingEngine {

    public static final String METHODOLOGY_VERSION = Methodology.METHODOLOGY_VERSION;
    public static final int DEFAULT_RUNS = UncertaintyAnalysis.DEFAULT_RUNS;

    public List<RankedValue> rankIndicator(List<Observation> observations, IndicatorSpec spec) {
        return IndicatorRanking.rank(observations, spec);
    }

    public CompositeResult composite(List<Observation> observations, List<IndicatorSpec> specs,
            Methodology methodology, Optional<String> dimension) {
        return CompositeIndex.compute(observations, specs, methodology, dimension);
    }

    public CompositeResult compositeWithUncertainty(List<Observation> observations, List<IndicatorSpec> specs,
            Methodology methodology, Optional<String> dimension, int runs) {
        return UncertaintyAnalysis.compute(observations, specs, methodology, dimension, runs);
    }

    /** @param peerGroups township code to {@link PeerGroup}; a code not named is grouped by its code's kind */
    public CompositeResult composite(List<Observation> observations, List<IndicatorSpec> specs,
            Methodology methodology, Optional<String> dimension, Map<String, String> peerGroups) {
        return CompositeIndex.compute(observations, specs, methodology, dimension, peerGroups);
    }

    public CompositeResult compositeWithUncertainty(List<Observation> observations, List<IndicatorSpec> specs,
            Methodology methodology, Optional<String> dimension, Map<String, String> peerGroups, int runs) {
        return UncertaintyAnalysis.compute(observations, specs, methodology, dimension, peerGroups, runs);
    }

    public CompositeResult compositeWithUncertainty(List<Observation> observations, List<IndicatorSpec> specs,
            Methodology methodology, Optional<String> dimension) {
        return compositeWithUncertainty(observations, specs, methodology, dimension, DEFAULT_RUNS);
    }

    public Optional<Explanation> explain(CompositeResult result, String townshipCode) {
        return Explanation.of(result, townshipCode);
    }

    public List<RankChange> change(CompositeResult current, CompositeResult previous) {
        return YearOverYear.composite(current, previous);
    }

    public List<RankChange> change(List<RankedValue> current, List<RankedValue> previous) {
        return YearOverYear.indicator(current, previous);
    }

    public String dataHash(List<Observation> observations, List<IndicatorSpec> specs, Methodology methodology) {
        return DataHash.of(observations, specs, methodology);
    }
}
