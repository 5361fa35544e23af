package io.fazhi.indicator.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The development set of real township reports ({@code ../shared/dev-set/cases/dNNN.json}) and the reports this
 * project collected and labelled in the same format ({@code dev-set-collected/cases/cNNN.json}), read into the
 * gold form {@link Scoring} scores: quotes located in the text (first occurrence of the quote, then its number),
 * flags from {@code flags_all} (a flag asserted on a silent text is a false positive).
 */
public final class DevSet {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Path> SHARED = List.of(
            Path.of("../../shared/dev-set/cases"), Path.of("../shared/dev-set/cases"), Path.of("../../../shared/dev-set/cases"));
    private static final List<Path> COLLECTED = List.of(
            Path.of("src/test/resources/dev-set-collected/cases"), Path.of("indicator-service/src/test/resources/dev-set-collected/cases"));

    /**
     * The split frozen before any rule was written for the development set: cases whose number is a multiple of
     * three are the frozen part, scored once before their diffs were read; the others are the tuning part. The
     * collected reports came in batches (c1NN, c2NN; then c3NN, c4NN; c5NN, c6NN; c7NN, c8NN; c9NN; e6NN; e7NN; e8NN and e9NN),
     * each scored once before it was read.
     */
    public enum Part {
        TUNING, FROZEN, COLLECTED, SECOND_BATCH, THIRD_BATCH, FOURTH_BATCH, FIFTH_BATCH, SIXTH_BATCH, SEVENTH_BATCH,
        EIGHTH_BATCH
    }

    /** One labelled report. {@code gold} has the shape of the seed gold files. */
    public record Case(String id, Part part, String text, JsonNode gold, JsonNode source) {
    }

    private DevSet() {
    }

    public static Optional<Path> sharedDirectory() {
        String override = System.getProperty("fazhi.devset");
        if (override != null) {
            return Optional.of(Path.of(override)).filter(Files::isDirectory);
        }
        return SHARED.stream().filter(Files::isDirectory).findFirst();
    }

    public static Optional<Path> collectedDirectory() {
        return COLLECTED.stream().filter(Files::isDirectory).findFirst();
    }

    /** Every case of the shared set and of the collected one that can be found, in id order. */
    public static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        if (sharedDirectory().isPresent()) {
            cases.addAll(load(sharedDirectory().get()));
        }
        if (collectedDirectory().isPresent()) {
            cases.addAll(load(collectedDirectory().get()));
        }
        return cases;
    }

    static List<Case> load(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Case> cases = new ArrayList<>();
        for (Path f : files) {
            JsonNode c = JSON.readTree(f.toFile());
            cases.add(new Case(c.get("id").asText(), part(c.get("id").asText()), c.get("text").asText(), gold(c), c));
        }
        return cases;
    }

    static Part part(String id) {
        if (id.startsWith("e6")) {
            return Part.SIXTH_BATCH;
        }
        if (id.startsWith("e7")) {
            return Part.SEVENTH_BATCH;
        }
        if (id.startsWith("e8") || id.startsWith("e9")) {
            return Part.EIGHTH_BATCH;
        }
        if (id.startsWith("c")) {
            int batch = (id.charAt(1) - '1') / 2; // c1, c2: 0; c3, c4: 1; c5, c6: 2; c7, c8: 3; c9: 4
            return List.of(Part.COLLECTED, Part.SECOND_BATCH, Part.THIRD_BATCH, Part.FOURTH_BATCH, Part.FIFTH_BATCH).get(batch);
        }
        return Integer.parseInt(id.substring(1)) % 3 == 0 ? Part.FROZEN : Part.TUNING;
    }

    /** The case in the seed gold shape: quantities with offsets, indicators as a list, stated flags, structure. */
    static JsonNode gold(JsonNode c) {
        String text = c.get("text").asText();
        ObjectNode gold = JSON.createObjectNode();
        ArrayNode quantities = gold.putArray("quantities");
        for (JsonNode m : c.get("mentions")) {
            String quote = m.get("quote").asText();
            String number = m.get("number_text").asText();
            int at = text.indexOf(quote);
            int in = at < 0 ? -1 : quote.indexOf(number);
            if (at < 0 || in < 0) {
                throw new IllegalStateException(c.get("id").asText() + ": quote or number not found: " + m);
            }
            ObjectNode q = quantities.addObject();
            q.put("start", at + in);
            q.put("end", at + in + number.length());
            q.put("text", number);
            q.set("value", m.get("value"));
            q.set("unit", m.get("unit"));
            q.set("approx", m.get("approx"));
            q.set("key", m.get("key"));
        }
        ArrayNode indicators = gold.putArray("indicators");
        c.get("indicators").properties().forEach(e -> {
            ObjectNode v = indicators.addObject();
            v.put("key", e.getKey());
            v.set("value", e.getValue().get("value"));
            v.set("approx", e.getValue().get("approx"));
        });
        ObjectNode flags = gold.putObject("flags");
        c.get("flags_all").properties().forEach(e -> {
            if (!e.getValue().isNull()) {
                flags.set(e.getKey(), e.getValue());
            }
        });
        gold.set("structure", c.get("structure"));
        return gold;
    }
}
