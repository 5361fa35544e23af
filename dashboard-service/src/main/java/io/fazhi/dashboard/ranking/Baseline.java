package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The baseline computation of an index, kept in array form so that the uncertainty analysis can start from it. */
record Baseline(IndexPanel panel, Methodology methodology, double[][] scores, double[] published,
        double[][] byDimension, int[] ranks, int[][] dimensionRanks, List<Treatment> treatments, String dataHash) {

    /** @param intervals [rankedRow] = {low, median, high}, or null */
    CompositeResult toResult(UncertaintySummary uncertainty, int[][] intervals) {
        IndexPanel p = panel;
        int[] rankedIndex = new int[p.codes.size()];
        java.util.Arrays.fill(rankedIndex, -1);
        for (int k = 0; k < p.rankedRows.length; k++) {
            rankedIndex[p.rankedRows[k]] = k;
        }
        List<CompositeEntry> entries = new ArrayList<>();
        for (int r = 0; r < p.codes.size(); r++) {
            int k = rankedIndex[r];
            Map<String, ScoredValue> values = new LinkedHashMap<>();
            boolean approx = false;
            for (int c = 0; c < p.columns.size(); c++) {
                double v = p.observed[c][r];
                boolean stated = k >= 0 && !Double.isNaN(p.used[c][r]);
                Double score = k >= 0 && !Double.isNaN(scores[c][k]) ? scores[c][k] : null;
                if (!Double.isNaN(v)) {
                    approx |= stated && p.approx[c][r];
                    values.put(p.columns.get(c).key(), new ScoredValue(v, p.approx[c][r], stated ? score : null, null));
                } else if (score != null) {
                    values.put(p.columns.get(c).key(), new ScoredValue(null, false, score,
                            methodology.missing() == MissingData.IMPUTE ? ScoredValue.IMPUTED : ScoredValue.NO_CREDIT));
                }
            }
            Map<String, Double> dims = new LinkedHashMap<>();
            Map<String, Integer> dimRanks = new LinkedHashMap<>();
            if (k >= 0) {
                for (int d = 0; d < p.dimensions.size(); d++) {
                    if (!Double.isNaN(byDimension[d][k])) {
                        dims.put(p.dimensions.get(d), Values.round2(byDimension[d][k]));
                        dimRanks.put(p.dimensions.get(d), dimensionRanks[d][k]);
                    }
                }
            }
            boolean rankedHere = k >= 0 && ranks[k] > 0;
            CompositeEntry e = new CompositeEntry(rankedHere ? ranks[k] : null, p.codes.get(r), p.names.get(r),
                    rankedHere ? published[k] : null, approx, java.util.Collections.unmodifiableMap(dims),
                    java.util.Collections.unmodifiableMap(dimRanks), k >= 0 ? p.groups.get(p.peerOf[k]) : null,
                    null, null, null, p.coverage(r), p.reported[r], p.columns.size(), !rankedHere,
                    java.util.Collections.unmodifiableMap(values));
            if (rankedHere && intervals != null) {
                e = e.withUncertainty(intervals[k][0], intervals[k][1], intervals[k][2]);
            }
            entries.add(e);
        }
        entries.sort(Comparator.comparing(CompositeEntry::insufficientData)
                .thenComparing(e -> methodology.byPeerGroup() && e.peerGroup() != null ? e.peerGroup() : "")
                .thenComparing(e -> e.rank() == null ? Integer.MAX_VALUE : e.rank())
                .thenComparing(Comparator.comparingDouble(CompositeEntry::coverage).reversed())
                .thenComparing(CompositeEntry::townshipCode));
        return new CompositeResult(p.scope, methodology, Methodology.METHODOLOGY_VERSION, dataHash, indicators(),
                List.copyOf(entries), List.copyOf(treatments), uncertainty);
    }

    private List<IndexIndicator> indicators() {
        IndexPanel p = panel;
        double dimensionTotal = 0;
        for (double w : p.dimensionWeights) {
            dimensionTotal += w;
        }
        double[] withinTotal = new double[p.dimensions.size()];
        for (int c = 0; c < p.columns.size(); c++) {
            withinTotal[p.dimensionOf[c]] += p.indicatorWeights[c];
        }
        List<IndexIndicator> out = new ArrayList<>();
        for (int c = 0; c < p.columns.size(); c++) {
            IndicatorSpec s = p.columns.get(c);
            int d = p.dimensionOf[c];
            double nominal = p.dimensionWeights[d] / dimensionTotal * p.indicatorWeights[c] / withinTotal[d];
            Normalization applied = methodology.normalization() == Normalization.GOALPOSTS && s.goalposts() == null
                    ? Normalization.MIN_MAX : methodology.normalization();
            int reportedBy = 0;
            for (double y : scores[c]) {
                reportedBy += Double.isNaN(y) ? 0 : 1;
            }
            out.add(new IndexIndicator(s.key(), s.dimension(), s.direction(), s.kind(), p.indicatorWeights[c],
                    p.dimensionWeights[d], nominal, applied, reportedBy));
        }
        return List.copyOf(out);
    }
}
