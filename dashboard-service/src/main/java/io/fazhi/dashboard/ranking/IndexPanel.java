package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data of one composite index laid out as columns (indicators in the index) by rows (townships), after the steps
 * that decide what enters it: scope, direction, zero weights, approximate values, and the coverage screen.
 */
final class IndexPanel {

    final String scope;
    final List<String> codes = new ArrayList<>();
    final List<String> names = new ArrayList<>();
    final List<IndicatorSpec> columns = new ArrayList<>();
    final List<String> dimensions = new ArrayList<>();
    int[] dimensionOf;
    double[] indicatorWeights;
    double[] dimensionWeights;
    /** Everything observed, approximate or not; NaN where not reported. */
    double[][] observed;
    boolean[][] approx;
    /** What the baseline uses: observed minus approximate values when the methodology excludes them. */
    double[][] used;
    int[] reported;
    int[] rankedRows;
    /** Per ranked row: its peer group (index into {@link #groups}), the donor pool of imputations. */
    int[] peerOf;
    /** Per ranked row: the group it is ranked within (its peer group when ranking by peer group, else 0). */
    int[] rankGroupOf;
    final List<String> groups = new ArrayList<>();
    final List<Treatment> treatments = new ArrayList<>();

    private IndexPanel(String scope) {
        this.scope = scope;
    }

    static IndexPanel prepare(List<Observation> observations, List<IndicatorSpec> specs, Methodology m,
            Optional<String> dimension, Map<String, String> peerGroups) {
        Map<String, IndicatorSpec> byKey = new HashMap<>();
        for (IndicatorSpec s : specs) {
            if (byKey.put(s.key(), s) != null) {
                throw new IllegalArgumentException("indicator " + s.key() + " specified twice");
            }
        }
        IndexPanel p = new IndexPanel(dimension.orElse(null));
        p.treatments.addAll(m.checkWeights(specs, dimension));
        p.layOut(observations, specs, m, byKey);
        p.selectByCoverage(m.indicatorCoverage());
        p.weigh(m);
        p.screen(m.screenThreshold(), m.missing());
        p.group(peerGroups, m.byPeerGroup());
        return p;
    }

    private void layOut(List<Observation> observations, List<IndicatorSpec> specs, Methodology m,
            Map<String, IndicatorSpec> byKey) {
        Map<String, String> townships = new HashMap<>();
        for (Observation o : observations) {
            townships.putIfAbsent(o.townshipCode(), o.township() == null ? o.townshipCode() : o.township());
        }
        Map<String, Integer> rowOf = new HashMap<>();
        townships.keySet().stream().sorted().forEach(code -> {
            rowOf.put(code, codes.size());
            codes.add(code);
            names.add(townships.get(code));
        });
        Map<String, List<Observation>> byIndicator = new HashMap<>();
        for (Observation o : observations) {
            if (byKey.containsKey(o.key())) {
                byIndicator.computeIfAbsent(o.key(), k -> new ArrayList<>()).add(o);
            }
        }
        List<IndicatorSpec> candidates = specs.stream().filter(s -> scope == null || s.dimension().equals(scope))
                .sorted(Comparator.comparing(IndicatorSpec::dimension).thenComparing(IndicatorSpec::key)).toList();
        List<double[]> obs = new ArrayList<>();
        List<boolean[]> apx = new ArrayList<>();
        for (IndicatorSpec s : candidates) {
            if (!s.ranked()) {
                treatments.add(new Treatment(Treatment.Kind.EXCLUDED_NOT_RANKED, s.key(),
                        "direction none: reported and compared, never part of an index"));
                continue;
            }
            double weight = m.weightOf(s.key()) * (scope == null ? m.weightOf(s.dimension()) : 1.0);
            if (weight == 0) {
                treatments.add(new Treatment(Treatment.Kind.EXCLUDED_ZERO_WEIGHT, s.key(), "weight 0 requested for "
                        + (m.weightOf(s.key()) == 0 ? s.key() : "dimension " + s.dimension())));
                continue;
            }
            double[] column = new double[codes.size()];
            boolean[] approxColumn = new boolean[codes.size()];
            Arrays.fill(column, Double.NaN);
            for (Observation o : byIndicator.getOrDefault(s.key(), List.of())) {
                int row = rowOf.get(o.townshipCode());
                if (!Double.isNaN(column[row])) {
                    throw new IllegalArgumentException("more than one value of " + s.key() + " for " + o.townshipCode());
                }
                column[row] = o.value() + 0.0;
                approxColumn[row] = o.approx();
            }
            boolean anyUsable = false;
            for (int r = 0; r < column.length; r++) {
                anyUsable |= !Double.isNaN(column[r]) && (m.includeApprox() || !approxColumn[r]);
            }
            if (!anyUsable) {
                treatments.add(new Treatment(Treatment.Kind.EXCLUDED_NO_DATA, s.key(), "no township in scope reports it"
                        + (m.includeApprox() ? "" : " with an exact value")));
                continue;
            }
            columns.add(s);
            obs.add(column);
            apx.add(approxColumn);
        }
        observed = obs.toArray(double[][]::new);
        approx = apx.toArray(boolean[][]::new);
        used = new double[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            used[c] = observed[c].clone();
            if (!m.includeApprox()) {
                List<String> dropped = new ArrayList<>();
                for (int r = 0; r < codes.size(); r++) {
                    if (approx[c][r] && !Double.isNaN(used[c][r])) {
                        used[c][r] = Double.NaN;
                        dropped.add(codes.get(r));
                    }
                }
                if (!dropped.isEmpty()) {
                    treatments.add(new Treatment(Treatment.Kind.APPROX_EXCLUDED, columns.get(c).key(), dropped.size()
                            + " approximate values treated as missing: " + Treatment.listing(dropped)));
                }
            }
        }
    }

    /**
     * Indicator selection (handbook step 2): an indicator stated by fewer than {@code share} of the area's townships
     * is listed, not indexed, so that one township's lone figure does not become a column everyone else lacks.
     */
    private void selectByCoverage(double share) {
        if (share <= 0) {
            return;
        }
        List<String> dropped = new ArrayList<>();
        for (int c = columns.size() - 1; c >= 0; c--) {
            int stated = 0;
            for (double v : used[c]) {
                stated += Double.isNaN(v) ? 0 : 1;
            }
            if (stated < share * codes.size() - 1e-9) {
                dropped.add(0, columns.get(c).key() + " (" + stated + "/" + codes.size() + ")");
                columns.remove(c);
                observed = remove(observed, c);
                approx = remove(approx, c);
                used = remove(used, c);
            }
        }
        if (!dropped.isEmpty()) {
            treatments.add(new Treatment(Treatment.Kind.EXCLUDED_LOW_COVERAGE, null, dropped.size()
                    + " indicators are stated by fewer than " + Values.display(Values.round2(share * 100))
                    + "% of the townships and are listed, not indexed: " + Treatment.listing(dropped)));
        }
    }

    private static <T> T[] remove(T[] array, int index) {
        List<T> list = new ArrayList<>(Arrays.asList(array));
        list.remove(index);
        return list.toArray(Arrays.copyOf(array, 0));
    }

    /** Peer groups of the ranked rows; a township the map does not name is grouped by its code's kind. */
    private void group(Map<String, String> peerGroups, boolean rankWithin) {
        peerOf = new int[rankedRows.length];
        rankGroupOf = new int[rankedRows.length];
        for (int k = 0; k < rankedRows.length; k++) {
            String code = codes.get(rankedRows[k]);
            String g = peerGroups.getOrDefault(code, PeerGroup.ofKind(PeerGroup.kindOfCode(code)));
            if (!groups.contains(g)) {
                groups.add(g);
            }
            peerOf[k] = groups.indexOf(g);
            rankGroupOf[k] = rankWithin ? peerOf[k] : 0;
        }
        if (rankWithin) {
            treatments.add(new Treatment(Treatment.Kind.PEER_GROUPS, null, "ranked within peer groups on scores of "
                    + "the whole area: " + String.join(", ", groups)));
        }
    }

    private void weigh(Methodology m) {
        dimensionOf = new int[columns.size()];
        indicatorWeights = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            String dim = columns.get(c).dimension();
            if (!dimensions.contains(dim)) {
                dimensions.add(dim);
            }
            dimensionOf[c] = dimensions.indexOf(dim);
            indicatorWeights[c] = m.weightOf(columns.get(c).key());
        }
        dimensionWeights = new double[dimensions.size()];
        for (int d = 0; d < dimensions.size(); d++) {
            dimensionWeights[d] = scope == null ? m.weightOf(dimensions.get(d)) : 1.0;
        }
    }

    private void screen(double threshold, MissingData rule) {
        int n = columns.size();
        boolean anyUp = columns.stream().anyMatch(s -> s.direction() == Direction.UP);
        // a township stating nothing in the index still has a place when unstated values earn 0 or are imputed
        boolean silentRanked = rule == MissingData.IMPUTE || rule == MissingData.NO_CREDIT && anyUp;
        reported = new int[codes.size()];
        List<Integer> ranked = new ArrayList<>();
        List<String> insufficient = new ArrayList<>();
        for (int r = 0; r < codes.size(); r++) {
            for (int c = 0; c < n; c++) {
                reported[r] += Double.isNaN(used[c][r]) ? 0 : 1;
            }
            // a small tolerance so that 2 of 3 counts as "two thirds" despite 2/3 not being exact in binary
            if (n > 0 && (reported[r] > 0 || silentRanked) && reported[r] >= threshold * n - 1e-9) {
                ranked.add(r);
            } else {
                insufficient.add(codes.get(r) + " (" + reported[r] + "/" + n + ")");
            }
        }
        rankedRows = ranked.stream().mapToInt(Integer::intValue).toArray();
        if (!insufficient.isEmpty()) {
            treatments.add(new Treatment(Treatment.Kind.INSUFFICIENT_DATA, null, insufficient.size()
                    + " townships report fewer than " + Values.display(Values.round2(threshold * 100)) + "% of the " + n
                    + " indicators in the index and are listed unranked: " + Treatment.listing(insufficient)));
        }
    }

    double coverage(int row) {
        return columns.isEmpty() ? 0 : (double) reported[row] / columns.size();
    }

    /** The used values restricted to ranked rows, column by column. */
    double[][] rankedValues(double[][] source) {
        double[][] out = new double[columns.size()][rankedRows.length];
        for (int c = 0; c < columns.size(); c++) {
            for (int k = 0; k < rankedRows.length; k++) {
                out[c][k] = source[c][rankedRows[k]];
            }
        }
        return out;
    }

    List<String> rankedCodes() {
        return Arrays.stream(rankedRows).mapToObj(codes::get).toList();
    }
}
