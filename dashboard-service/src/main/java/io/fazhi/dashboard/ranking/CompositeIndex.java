package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes a composite index the way the OECD/JRC handbook lays it out: select and screen (coverage threshold), treat
 * outliers, normalise each indicator to 0-100 honouring its direction, aggregate with weights over available data, rank.
 */
public final class CompositeIndex {

    private CompositeIndex() {
    }

    public static CompositeResult compute(List<Observation> observations, List<IndicatorSpec> specs,
            Methodology methodology, Optional<String> dimension) {
        return compute(observations, specs, methodology, dimension, Map.of());
    }

    /** @param peerGroups township code to peer group ({@link PeerGroup}); a code not named is grouped by its kind */
    public static CompositeResult compute(List<Observation> observations, List<IndicatorSpec> specs,
            Methodology methodology, Optional<String> dimension, Map<String, String> peerGroups) {
        return baseline(observations, specs, methodology, dimension, peerGroups).toResult(null, null);
    }

    static Baseline baseline(List<Observation> observations, List<IndicatorSpec> specs, Methodology m,
            Optional<String> dimension, Map<String, String> peerGroups) {
        List<Observation> indexed = m.disclosure() ? Disclosure.observations(observations, specs) : observations;
        List<IndicatorSpec> indexedSpecs = m.disclosure() ? Disclosure.specs(specs) : specs;
        IndexPanel p = IndexPanel.prepare(indexed, indexedSpecs, m, dimension, peerGroups);
        MissingValues missing = new MissingValues(p, m.missing());
        List<Treatment> treatments = new ArrayList<>();
        treatments.add(new Treatment(Treatment.Kind.MISSING_DATA_RULE, null, missing.describe()));
        if (m.disclosure()) {
            treatments.add(new Treatment(Treatment.Kind.DISCLOSURE_ADDED, null, "dimension disclosure added: "
                    + Disclosure.PARTS + " (share of the report's statutory parts) and " + Disclosure.ITEMS
                    + " (share of the area's catalog items the report states)"));
        }
        treatments.addAll(p.treatments);
        List<String> rankedCodes = p.rankedCodes();
        double[][] values = missing.baseline(p.rankedValues(p.used), treatments);
        int columns = p.columns.size();
        double[][] scores = new double[columns][];
        for (int c = 0; c < columns; c++) {
            scores[c] = IndicatorScorer.score(values[c], p.columns.get(c), m.normalization(), m.winsorize(), treatments,
                    rankedCodes);
        }
        missing.credit(scores, treatments);
        reweightings(p, scores, rankedCodes, treatments);
        int rows = rankedCodes.size();
        double[] totals = new double[rows];
        double[][] byDimension = new double[p.dimensions.size()][rows];
        new WeightedMean(p.dimensionOf, p.dimensions.size(), rows)
                .aggregate(scores, p.indicatorWeights, p.dimensionWeights, totals, byDimension);
        double[] published = new double[rows];
        for (int k = 0; k < rows; k++) {
            published[k] = Values.round2(totals[k]);
        }
        GroupRanks groups = new GroupRanks(p.rankGroupOf);
        int[][] dimensionRanks = new int[p.dimensions.size()][];
        for (int d = 0; d < dimensionRanks.length; d++) {
            double[] rounded = new double[rows];
            for (int k = 0; k < rows; k++) {
                rounded[k] = Values.round2(byDimension[d][k]);
            }
            dimensionRanks[d] = groups.descending(rounded);
        }
        return new Baseline(p, m, scores, published, byDimension, groups.descending(published), dimensionRanks,
                treatments, DataHash.of(observations, specs, m, peerGroups));
    }

    /** What is still missing after the missing-data rule (NaN scores) is aggregated over available data. */
    private static void reweightings(IndexPanel p, double[][] values, List<String> codes, List<Treatment> out) {
        for (int c = 0; c < values.length; c++) {
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < codes.size(); k++) {
                if (Double.isNaN(values[c][k])) {
                    missing.add(codes.get(k));
                }
            }
            String key = p.columns.get(c).key();
            if (missing.size() == codes.size() && !codes.isEmpty()) {
                out.add(new Treatment(Treatment.Kind.EXCLUDED_NO_DATA, key,
                        "reported only by townships below the coverage threshold; no ranked township scores on it"));
            } else if (!missing.isEmpty()) {
                out.add(new Treatment(Treatment.Kind.REWEIGHTED, key, "missing for " + missing.size()
                        + " ranked townships; its weight is shared among their present indicators of dimension "
                        + p.columns.get(c).dimension() + ": " + Treatment.listing(missing)));
            }
        }
        for (int d = 0; d < p.dimensions.size(); d++) {
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < codes.size(); k++) {
                boolean any = false;
                for (int c = 0; c < values.length; c++) {
                    any |= p.dimensionOf[c] == d && !Double.isNaN(values[c][k]);
                }
                if (!any) {
                    missing.add(codes.get(k));
                }
            }
            if (!missing.isEmpty() && missing.size() < codes.size()) {
                out.add(new Treatment(Treatment.Kind.REWEIGHTED, null, "dimension " + p.dimensions.get(d)
                        + " has no value for " + missing.size() + " ranked townships; their index is the weighted mean"
                        + " of their other dimensions: " + Treatment.listing(missing)));
            }
        }
    }
}
