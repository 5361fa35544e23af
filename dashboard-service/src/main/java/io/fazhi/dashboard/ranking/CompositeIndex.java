package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.List;
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
        return baseline(observations, specs, methodology, dimension).toResult(null, null);
    }

    static Baseline baseline(List<Observation> observations, List<IndicatorSpec> specs, Methodology m,
            Optional<String> dimension) {
        IndexPanel p = IndexPanel.prepare(observations, specs, m, dimension);
        List<Treatment> treatments = new ArrayList<>(p.treatments);
        List<String> rankedCodes = p.rankedCodes();
        double[][] values = p.rankedValues(p.used);
        int columns = p.columns.size();
        double[][] scores = new double[columns][];
        for (int c = 0; c < columns; c++) {
            scores[c] = IndicatorScorer.score(values[c], p.columns.get(c), m.normalization(), m.winsorize(), treatments,
                    rankedCodes);
        }
        reweightings(p, values, rankedCodes, treatments);
        int rows = rankedCodes.size();
        double[] totals = new double[rows];
        double[][] byDimension = new double[p.dimensions.size()][rows];
        new Aggregator(p.dimensionOf, p.dimensions.size(), rows)
                .aggregate(scores, p.indicatorWeights, p.dimensionWeights, totals, byDimension);
        double[] published = new double[rows];
        for (int k = 0; k < rows; k++) {
            published[k] = Values.round2(totals[k]);
        }
        return new Baseline(p, m, scores, published, byDimension, Ranks.descending(published), treatments,
                DataHash.of(observations, specs, m));
    }

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
