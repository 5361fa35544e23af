package io.fazhi.dashboard.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.fazhi.dashboard.ranking.IndicatorSpec;
import io.fazhi.dashboard.ranking.InvalidMethodologyException;
import io.fazhi.dashboard.ranking.Methodology;
import io.fazhi.dashboard.ranking.MissingData;
import io.fazhi.dashboard.ranking.Normalization;
import io.fazhi.dashboard.ranking.RankingEngine;

/**
 * A request for a composite index, and the key under which its answer is cached: every parameter that can change the
 * answer is a component, weights in canonical (sorted) form.
 *
 * <p>Report structure ({@code structure.*}: which statutory parts the annual report has) is a property of the document,
 * not of the government's work, and every report gets all five values, which would let an empty report pass the
 * coverage screen; it therefore weighs 0 in the overall index unless {@code weights} names it (e.g.
 * {@code structure:1}), and {@code dimension=structure} ranks report completeness on its own. Inside it,
 * {@code structure.completeness} (the share of the four parts) weighs 0 unless named, since it restates the parts.
 * Flags (法律顾问, 三项制度, …) are catalog indicators with direction up and enter the index like any other.
 */
public record CompositeQuery(String area, int year, String dimension, TreeMap<String, Double> weights,
        Normalization method, int runs, boolean includeApprox, MissingData missing, double indicatorCoverage,
        boolean disclosure, boolean byPeerGroup) implements RankingQuery {

    public static final int MAX_RUNS = 5000;
    static final String STRUCTURE = "structure";
    static final String COMPLETENESS = "structure.completeness";

    public CompositeQuery {
        if (runs < 0 || runs > MAX_RUNS) {
            throw new InvalidMethodologyException("runs must lie in 0.." + MAX_RUNS + ", got " + runs);
        }
        if (!(indicatorCoverage >= 0 && indicatorCoverage <= 1)) {
            throw new InvalidMethodologyException("indicatorCoverage must lie in 0..1, got " + indicatorCoverage);
        }
        weights = new TreeMap<>(weights);
    }

    /** The defaults of every choice not named. */
    public static CompositeQuery of(String area, int year, String dimension, String weights, String method,
            Integer runs, Boolean includeApprox) {
        return of(area, year, dimension, weights, method, runs, includeApprox, null, null, null, null);
    }

    public static CompositeQuery of(String area, int year, String dimension, String weights, String method,
            Integer runs, Boolean includeApprox, String missing, Double indicatorCoverage, Boolean disclosure,
            String peerGroup) {
        return new CompositeQuery(area, year, dimension == null || dimension.isBlank() ? null : dimension.trim(),
                parseWeights(weights), parseMethod(method), runs == null ? RankingEngine.DEFAULT_RUNS : runs,
                includeApprox == null || includeApprox, parseMissing(missing),
                indicatorCoverage == null ? Methodology.DEFAULT_INDICATOR_COVERAGE : indicatorCoverage,
                disclosure == null ? Methodology.DEFAULT_DISCLOSURE : disclosure, parsePeerGroup(peerGroup));
    }

    public Optional<String> scope() {
        return Optional.ofNullable(dimension);
    }

    /** The same request for another year (the previous one, for changes), without uncertainty. */
    CompositeQuery forYear(int otherYear, int otherRuns) {
        return new CompositeQuery(area, otherYear, dimension, weights, method, otherRuns, includeApprox, missing,
                indicatorCoverage, disclosure, byPeerGroup);
    }

    /**
     * The methodology for data with these indicators: the requested weights laid over the defaults that keep report
     * structure out of the index (defaults only for what the data has, since a weight must name something).
     */
    public Methodology methodology(List<IndicatorSpec> specs) {
        Map<String, Double> effective = new TreeMap<>();
        boolean hasStructure = specs.stream().anyMatch(s -> STRUCTURE.equals(s.dimension()));
        boolean hasCompleteness = specs.stream().anyMatch(s -> COMPLETENESS.equals(s.key()));
        if (dimension == null && hasStructure) {
            effective.put(STRUCTURE, 0.0);
        }
        if ((dimension == null || STRUCTURE.equals(dimension)) && hasCompleteness) {
            effective.put(COMPLETENESS, 0.0);
        }
        effective.putAll(weights);
        return Methodology.defaults().withNormalization(method).withWeights(effective).withIncludeApprox(includeApprox)
                .withMissing(missing).withIndicatorCoverage(indicatorCoverage).withDisclosure(disclosure)
                .withPeerGroups(byPeerGroup);
    }

    static MissingData parseMissing(String text) {
        if (text == null || text.isBlank()) {
            return Methodology.DEFAULT_MISSING;
        }
        MissingData m = MissingData.parse(text);
        if (m == null) {
            throw new InvalidMethodologyException("missing must be nocredit, impute or available, got " + text);
        }
        return m;
    }

    /** {@code kind}: ranks within 街道 versus 镇/乡; {@code none} or nothing: across the area. */
    static boolean parsePeerGroup(String text) {
        if (text == null || text.isBlank() || text.trim().equals("none")) {
            return false;
        }
        if (text.trim().equals("kind")) {
            return true;
        }
        throw new InvalidMethodologyException("peerGroup must be kind or none, got " + text);
    }

    /** {@code publicity:2,disputes:1} or {@code publicity.events:0.5}; empty or null means equal weights. */
    static TreeMap<String, Double> parseWeights(String text) {
        TreeMap<String, Double> out = new TreeMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            String[] kv = part.trim().split(":");
            if (kv.length != 2 || !kv[0].trim().matches("[a-z_]+(\\.[a-z_0-9]+)?")) {
                throw new InvalidMethodologyException("weights must read dimension:weight or indicator:weight, "
                        + "comma-separated (publicity:2,disputes:1), got '" + part.trim() + "'");
            }
            double w;
            try {
                w = Double.parseDouble(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new InvalidMethodologyException("weight of " + kv[0].trim() + " is not a number: " + kv[1].trim());
            }
            if (out.put(kv[0].trim(), w) != null) {
                throw new InvalidMethodologyException("weight of " + kv[0].trim() + " given twice");
            }
        }
        return out;
    }

    static Normalization parseMethod(String text) {
        if (text == null || text.isBlank()) {
            return Normalization.MIN_MAX;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
            case "minmax" -> Normalization.MIN_MAX;
            case "zscore" -> Normalization.Z_SCORE;
            case "percentile" -> Normalization.PERCENTILE;
            case "goalposts" -> Normalization.GOALPOSTS;
            default -> throw new InvalidMethodologyException("method must be minmax, zscore, percentile or goalposts, "
                    + "got " + text);
        };
    }

    /** The query spelling of a normalization: minmax, zscore, percentile, goalposts. */
    public static String spelling(Normalization n) {
        return n.name().toLowerCase(Locale.ROOT).replace("_", "");
    }
}
