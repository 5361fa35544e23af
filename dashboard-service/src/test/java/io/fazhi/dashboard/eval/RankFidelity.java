package io.fazhi.dashboard.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.dashboard.ranking.CompositeEntry;
import io.fazhi.dashboard.ranking.CompositeResult;
import io.fazhi.dashboard.ranking.Methodology;
import io.fazhi.dashboard.ranking.PeerGroup;
import io.fazhi.dashboard.ranking.RankingEngine;
import io.fazhi.dashboard.repository.ReadingRow;
import io.fazhi.dashboard.service.AreaData;
import io.fazhi.dashboard.service.CompositeQuery;

/**
 * How far the extractor's errors move a county's ranking. The real reports with hand labels are placed in one county
 * (one township each, peer group from the township's kind); the composite is computed twice by the same method, from
 * the labelled values and from the extracted ones (through {@link AreaData} and {@link CompositeQuery}, as the API
 * computes it), and compared: Kendall's tau-b and Spearman's rho between the two scores, the share of townships whose
 * rank from labels lies inside the rank interval (500 Monte-Carlo runs) from extraction, the same tau-b per dimension
 * (mean over dimensions), and how many submitters each method ranks.
 *
 * <p>Usage: {@code RankFidelity INPUT.json} (made by indicator-service's {@code RankFidelityInput}); run both with
 * {@code dashboard-service/rank-fidelity.sh}.
 */
public final class RankFidelity {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AREA = "990000";
    private static final int YEAR = 2024;
    private static final int RUNS = 500;

    private RankFidelity() {
    }

    /** One place of the county: a report with both sets of values. */
    record Township(String code, String name, String group, List<ReadingRow> labelled, List<ReadingRow> extracted) {
    }

    /** One method to compare. */
    record Variant(String missing, double indicatorCoverage, boolean disclosure) {

        String label() {
            return String.format(Locale.ROOT, "%-9s cov=%.1f disclosure=%-5s", missing, indicatorCoverage, disclosure);
        }

        CompositeQuery query() {
            return CompositeQuery.of(AREA, YEAR, null, null, null, RUNS, null, missing, indicatorCoverage, disclosure,
                    null);
        }
    }

    public static void main(String[] args) throws IOException {
        JsonNode root = JSON.readTree(Path.of(args.length > 0 ? args[0] : "target/rank-fidelity-input.json").toFile());
        System.out.println("Rank fidelity: the ranking from hand labels against the ranking from extraction, same "
                + "method (extractor " + root.path("extractorVersion").asText() + ", methodology "
                + Methodology.METHODOLOGY_VERSION + ")");
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        sets.put("shared dev-set + seeds (the fixture county)", Set.of("shared", "seeds"));
        sets.put("every labelled report (shared, seeds, collected)", Set.of("shared", "seeds", "collected"));
        for (Map.Entry<String, Set<String>> s : sets.entrySet()) {
            List<Township> county = county(root, s.getValue());
            System.out.printf(Locale.ROOT, "%n%s: %d townships%n", s.getKey(), county.size());
            System.out.println("method                               ranked(lab/ext)  tau-b   rho    inInterval  "
                    + "dimTau  meanWidth");
            for (Variant v : variants()) {
                System.out.println(compare(county, v));
            }
        }
    }

    static List<Variant> variants() {
        List<Variant> out = new ArrayList<>();
        for (String missing : List.of("nocredit", "impute", "available")) {
            for (double coverage : new double[] {0.0, 0.2}) {
                for (boolean disclosure : new boolean[] {false, true}) {
                    out.add(new Variant(missing, coverage, disclosure));
                }
            }
        }
        return out;
    }

    static List<Township> county(JsonNode root, Set<String> sets) {
        List<Township> out = new ArrayList<>();
        int n = 0;
        for (JsonNode r : root.path("reports")) {
            if (!sets.contains(r.path("set").asText())) {
                continue;
            }
            String code = AREA + String.format(Locale.ROOT, "%03d", ++n);
            String name = r.path("township").asText();
            String kind = name.endsWith("街道") ? "街道" : name.endsWith("镇") ? "镇" : name.endsWith("乡") ? "乡" : "other";
            out.add(new Township(code, name + "(" + r.path("id").asText() + ")", PeerGroup.ofKind(kind),
                    rows(code, name, r.path("labelled")), rows(code, name, r.path("extracted"))));
        }
        return out;
    }

    private static List<ReadingRow> rows(String code, String name, JsonNode values) {
        List<ReadingRow> rows = new ArrayList<>();
        for (JsonNode v : values) {
            rows.add(new ReadingRow(code, name, v.get("key").asText(), v.get("value").decimalValue(),
                    v.get("approx").asBoolean(), null, v.get("kind").asText(), v.get("direction").asText(),
                    v.get("dimension").asText()));
        }
        return rows;
    }

    static String compare(List<Township> county, Variant v) {
        Map<String, String> groups = new HashMap<>();
        List<ReadingRow> labelled = new ArrayList<>();
        List<ReadingRow> extracted = new ArrayList<>();
        for (Township t : county) {
            groups.put(t.code(), t.group());
            labelled.addAll(t.labelled());
            extracted.addAll(t.extracted());
        }
        RankingEngine engine = new RankingEngine();
        AreaData l = AreaData.of(AREA, YEAR, labelled);
        AreaData e = AreaData.of(AREA, YEAR, extracted);
        CompositeResult fromLabels = engine.composite(l.observations(), l.specs(), v.query().methodology(l.specs()),
                Optional.empty(), groups);
        CompositeResult fromExtraction = engine.compositeWithUncertainty(e.observations(), e.specs(),
                v.query().methodology(e.specs()), Optional.empty(), groups, RUNS);
        List<double[]> pairs = new ArrayList<>();
        int inside = 0;
        double width = 0;
        int both = 0;
        Map<String, List<double[]>> byDimension = new HashMap<>();
        for (CompositeEntry x : fromExtraction.entries()) {
            CompositeEntry y = fromLabels.entry(x.townshipCode()).orElse(null);
            if (x.rank() == null || y == null || y.rank() == null) {
                continue;
            }
            both++;
            pairs.add(new double[] {y.score(), x.score()});
            inside += y.rank() >= x.rankLow() && y.rank() <= x.rankHigh() ? 1 : 0;
            width += x.rankHigh() - x.rankLow();
            for (Map.Entry<String, Double> d : x.dimensionScores().entrySet()) {
                Double labelledScore = y.dimensionScores().get(d.getKey());
                if (labelledScore != null) {
                    byDimension.computeIfAbsent(d.getKey(), k -> new ArrayList<>())
                            .add(new double[] {labelledScore, d.getValue()});
                }
            }
        }
        double dimensionTau = byDimension.values().stream().filter(p -> p.size() >= 3)
                .mapToDouble(Correlation::kendallTauB).filter(Double::isFinite).average().orElse(Double.NaN);
        long rankedLabels = fromLabels.entries().stream().filter(x -> x.rank() != null).count();
        long rankedExtraction = fromExtraction.entries().stream().filter(x -> x.rank() != null).count();
        return String.format(Locale.ROOT, "%s  %3d/%-3d of %-3d  %6.3f  %6.3f  %6.1f%%    %6.3f  %6.1f", v.label(),
                rankedLabels, rankedExtraction, county.size(), Correlation.kendallTauB(pairs),
                Correlation.spearmanRho(pairs), both == 0 ? Double.NaN : 100.0 * inside / both, dimensionTau,
                both == 0 ? Double.NaN : width / both);
    }
}
