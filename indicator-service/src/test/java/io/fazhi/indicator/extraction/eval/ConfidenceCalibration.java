package io.fazhi.indicator.extraction.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fazhi.indicator.extraction.Basis;
import io.fazhi.indicator.extraction.Catalog;
import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.extraction.IndicatorValue;
import io.fazhi.indicator.extraction.Quantity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits the engine's confidence table: for each {@link Basis}, the share of keys (for the value bases, of indicator
 * values) on that basis that are right, apart for keys on a reading-rule boundary ({@code basis@boundary}), on
 * the labelled real reports, as the mean of its Beta(1, 1) posterior ((right + 1) / (seen + 2)), so that a basis
 * seen a few times is pulled towards one half; a basis never seen gets one half. Prints the 5-fold cross-validated reliability (fit on four
 * folds of reports, confidence given on the fifth) and the table fitted on all; {@code --write} puts that table into
 * the bundled catalog ({@code src/main/resources/catalog/indicator-catalog.json}, {@code lexicon.confidence}).
 * {@code --without PART,PART} leaves parts out (a batch not yet scored once). Deterministic: folds are the reports
 * sorted by id, dealt round-robin.
 */
public final class ConfidenceCalibration {

    static final int FOLDS = 5;
    /** Bases of indicator values put together from several mentions, fitted on values rather than keys. */
    private static final List<String> AGGREGATIONS = List.of(Basis.VALUE_PARTS.code(), Basis.VALUE_PASSAGES.code());
    private static final Path CATALOG = Path.of("src/main/resources/catalog/indicator-catalog.json");

    private ConfidenceCalibration() {
    }

    public static void main(String[] args) throws IOException {
        List<String> without = List.of(args).contains("--without")
                ? List.of(args[List.of(args).indexOf("--without") + 1].toUpperCase().split(",")) : List.of();
        List<DevSet.Case> cases = DevSet.load().stream().filter(c -> !without.contains(c.part().name())).toList();
        Extractor engine = Extractor.withDefaultCatalog();
        System.out.println("confidence calibration, " + cases.size() + " real reports, " + FOLDS + " folds by report");
        crossValidated(engine, cases).print();
        Map<String, Double> table = fit(engine, cases);
        System.out.println("table fitted on all reports (basis: confidence): " + table);
        if (List.of(args).contains("--write")) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode catalog = (ObjectNode) json.readTree(CATALOG.toFile());
            ObjectNode confidence = ((ObjectNode) catalog.get("lexicon")).putObject("confidence");
            table.forEach(confidence::put);
            DefaultIndenter oneSpace = new DefaultIndenter(" ", "\n");
            DefaultPrettyPrinter layout = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(oneSpace).withArrayIndenter(oneSpace);
            String text = json.writer(layout).writeValueAsString(catalog);
            Files.writeString(CATALOG, text + "\n");
            System.out.println("written to " + CATALOG);
        }
    }

    /** Reliability of confidences given by tables fitted without the report they are given to. */
    public static Reliability crossValidated(Extractor engine, List<DevSet.Case> cases) {
        Reliability reliability = new Reliability();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<DevSet.Case> train = new ArrayList<>();
            List<DevSet.Case> test = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                (i % FOLDS == fold ? test : train).add(cases.get(i));
            }
            Catalog base = engine.catalog();
            Extractor calibrated = Extractor.withCatalog(new Catalog(base.version(), base.indicators(),
                    base.lexicon().withConfidence(fit(engine, train))));
            for (DevSet.Case c : test) {
                reliability.add(c.gold(), calibrated.extract(c.text()));
            }
        }
        return reliability;
    }

    /** Per basis code, the smoothed share of right keys, rounded down to two decimals. */
    public static Map<String, Double> fit(Extractor engine, List<DevSet.Case> cases) {
        Map<String, int[]> counts = new TreeMap<>();
        for (DevSet.Case c : cases) {
            ExtractionResult r = engine.extract(c.text());
            for (Quantity q : r.quantities()) {
                if (q.key() != null && q.basis() != null) {
                    String entry = engine.catalog().lexicon().onBoundary(q.key()) ? q.basis() + Basis.ON_BOUNDARY : q.basis();
                    int[] n = counts.computeIfAbsent(entry, b -> new int[2]);
                    n[0] += Reliability.keyedRight(c.gold(), q) ? 1 : 0;
                    n[1]++;
                }
            }
            for (IndicatorValue v : r.indicators()) {
                if (AGGREGATIONS.contains(v.basis())) {
                    int[] n = counts.computeIfAbsent(v.basis(), b -> new int[2]);
                    n[0] += Reliability.valueRight(c.gold(), v) ? 1 : 0;
                    n[1]++;
                }
            }
        }
        Map<String, Double> table = new TreeMap<>();
        for (Basis b : Basis.values()) {
            table.put(b.code(), smoothed(counts.getOrDefault(b.code(), new int[2])));
            if (!AGGREGATIONS.contains(b.code())) {
                table.put(b.tableKey(true), smoothed(counts.getOrDefault(b.tableKey(true), new int[2])));
            }
        }
        if (Boolean.getBoolean("calibration.verbose")) {
            counts.forEach((basis, n) -> System.out.printf("  %-22s %3d of %3d right%n", basis, n[0], n[1]));
        }
        return table;
    }

    /** The mean of the Beta(1, 1) posterior of the share right, rounded down to two decimals. */
    private static double smoothed(int[] rightOfSeen) {
        return Math.floor((rightOfSeen[0] + 1.0) / (rightOfSeen[1] + 2.0) * 100) / 100.0;
    }
}
