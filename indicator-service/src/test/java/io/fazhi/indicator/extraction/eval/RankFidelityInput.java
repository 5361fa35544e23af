package io.fazhi.indicator.extraction.eval;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fazhi.indicator.extraction.Catalog;
import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.extraction.IndicatorDefinition;
import io.fazhi.indicator.extraction.IndicatorValue;
import io.fazhi.indicator.extraction.SeedTexts;

/**
 * The input of the dashboard's rank-fidelity evaluation: for every real report with hand labels (the shared
 * development set, the seeds, the collected reports), the values a ranking is computed from twice, once from the
 * labels and once from the extractor, in the shape of {@code IndicatorsComputed}'s values (key, value, approx, kind,
 * direction, dimension; flags and statutory parts as 1 or 0, structure.completeness 0-100).
 *
 * <p>Usage: {@code RankFidelityInput OUT.json}. Run by {@code dashboard-service/rank-fidelity.sh}.
 */
public final class RankFidelityInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPLETENESS = "structure.completeness";
    /** The seeds' townships, as their titles name them. */
    private static final Map<String, String[]> SEEDS = Map.of(
            "000_9d32a2e4d44ef17e", new String[] {"历洞镇", "郁南县"},
            "001_4cda7b45264484a7", new String[] {"法镇", "南郑区"},
            "002_6d5c20f5be3252bc", new String[] {"邦均镇", "蓟州区"},
            "003_621cb3420cf20d40", new String[] {"双龙镇", "丰都县"},
            "004_30feef353e3222d7", new String[] {"沙窝镇", "新县"});

    private RankFidelityInput() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/rank-fidelity-input.json");
        Extractor extractor = Extractor.withDefaultCatalog();
        Catalog catalog = extractor.catalog();
        ObjectNode root = JSON.createObjectNode();
        root.put("extractorVersion", extractor.version());
        ArrayNode reports = root.putArray("reports");
        for (DevSet.Case c : DevSet.load()) {
            String set = c.id().startsWith("d") ? "shared" : "collected";
            add(reports, extractor, catalog, c.id(), set, c.source().path("township").asText(),
                    c.source().path("county").asText(), c.text(), c.gold());
        }
        Path seeds = SeedTexts.directory().orElseThrow(() -> new IllegalStateException("seeds not found"));
        for (Map.Entry<String, String[]> s : new java.util.TreeMap<>(SEEDS).entrySet()) {
            String text = Files.readString(seeds.resolve(s.getKey() + ".txt"));
            JsonNode gold;
            try (InputStream in = RankFidelityInput.class.getResourceAsStream(SeedEvaluation.GOLD + s.getKey() + ".json")) {
                gold = JSON.readTree(in);
            }
            add(reports, extractor, catalog, s.getKey(), "seeds", s.getValue()[0], s.getValue()[1], text, gold);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
        System.out.println("wrote " + reports.size() + " reports to " + out);
    }

    private static void add(ArrayNode reports, Extractor extractor, Catalog catalog, String id, String set,
            String township, String county, String text, JsonNode gold) {
        ObjectNode r = reports.addObject();
        r.put("id", id);
        r.put("set", set);
        r.put("township", township);
        r.put("county", county);
        labelled(r.putArray("labelled"), catalog, gold);
        extracted(r.putArray("extracted"), catalog, extractor.extract(text));
    }

    private static void labelled(ArrayNode out, Catalog catalog, JsonNode gold) {
        for (JsonNode v : gold.path("indicators")) {
            value(out, catalog, v.get("key").asText(), v.get("value").decimalValue(), v.path("approx").asBoolean());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.path("flags").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            value(out, catalog, f.getKey(), f.getValue().asBoolean() ? BigDecimal.ONE : BigDecimal.ZERO, false);
        }
        int found = 0;
        int parts = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.path("structure").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            if (p.getKey().equals(COMPLETENESS)) {
                continue;
            }
            parts++;
            found += p.getValue().asBoolean() ? 1 : 0;
            value(out, catalog, p.getKey(), p.getValue().asBoolean() ? BigDecimal.ONE : BigDecimal.ZERO, false);
        }
        if (parts > 0) {
            value(out, catalog, COMPLETENESS, BigDecimal.valueOf(Math.round(1000.0 * found / parts) / 10.0), false);
        }
    }

    private static void extracted(ArrayNode out, Catalog catalog, ExtractionResult result) {
        for (IndicatorValue v : result.indicators()) {
            value(out, catalog, v.key(), v.value(), v.approx());
        }
        result.flags().forEach((key, stated) -> value(out, catalog, key, stated ? BigDecimal.ONE : BigDecimal.ZERO,
                false));
        result.structure().forEach((key, part) -> value(out, catalog, key, part instanceof Boolean b
                ? (b ? BigDecimal.ONE : BigDecimal.ZERO) : new BigDecimal(part.toString()), false));
    }

    /** One value with the catalog facts the dashboard ranks by, as indicator-service publishes them. */
    private static void value(ArrayNode out, Catalog catalog, String key, BigDecimal value, boolean approx) {
        java.util.Optional<IndicatorDefinition> d = catalog.find(key);
        ObjectNode v = out.addObject();
        v.put("key", key);
        v.put("value", value);
        v.put("approx", approx);
        v.put("kind", d.map(IndicatorDefinition::kind).orElse(COMPLETENESS.equals(key) ? "rate" : "flag"));
        v.put("direction", d.map(IndicatorDefinition::direction).orElse("up"));
        v.put("dimension", d.map(IndicatorDefinition::dimension).orElse(key.substring(0, key.indexOf('.'))));
    }
}
