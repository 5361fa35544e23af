package io.fazhi.indicator.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.IndicatorValue;
import io.fazhi.indicator.extraction.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scoring rules: a quantity is found when its span overlaps a labelled one and value, unit and approx
 * agree; a key when the span overlaps and the key agrees; an indicator when key, value and approx agree;
 * a flag when key and stated value agree; a structure part when both say it is present. Matching is one to one.
 */
final class Scoring {

    private Scoring() {
    }

    static Map<String, SeedEvaluation.Score> score(JsonNode gold, ExtractionResult r) {
        Map<String, SeedEvaluation.Score> s = SeedEvaluation.Score.aspects();
        match(gold.get("quantities"), r.quantities(), false, s.get("quantities"), null);
        List<JsonNode> keyed = new ArrayList<>();
        gold.get("quantities").forEach(q -> {
            if (!q.get("key").isNull()) {
                keyed.add(q);
            }
        });
        match(keyed, r.quantities().stream().filter(q -> q.key() != null).toList(), true, s.get("keys"), null);
        indicatorsByKey(gold, r).values().forEach(s.get("indicators")::add);
        pairs(gold.get("flags"), new LinkedHashMap<>(r.flags()), s.get("flags"), false);
        Map<String, Boolean> parts = new LinkedHashMap<>();
        r.structure().forEach((k, v) -> {
            if (v instanceof Boolean b) {
                parts.put(k, b);
            }
        });
        pairs(gold.get("structure"), parts, s.get("structure"), true);
        return s;
    }

    /** Flags: each stated (key, value) is an item. Structure: each present part is an item. */
    private static void pairs(JsonNode gold, Map<String, Boolean> predicted, SeedEvaluation.Score s, boolean presentOnly) {
        gold.properties().forEach(e -> {
            Boolean p = predicted.remove(e.getKey());
            boolean g = e.getValue().asBoolean();
            if (presentOnly && !g) {
                s.fp += Boolean.TRUE.equals(p) ? 1 : 0;
            } else if (Objects.equals(p, g)) {
                s.tp++;
            } else {
                s.fn++;
                s.fp += p == null || (presentOnly && !p) ? 0 : 1;
            }
        });
        predicted.values().forEach(p -> s.fp += presentOnly && !p ? 0 : 1);
    }

    private static void match(Iterable<JsonNode> gold, List<Quantity> predicted, boolean byKey, SeedEvaluation.Score s,
                              List<String> diffs) {
        List<Quantity> open = new ArrayList<>(predicted);
        for (JsonNode g : gold) {
            Quantity hit = null;
            for (Iterator<Quantity> it = open.iterator(); it.hasNext() && hit == null; ) {
                Quantity q = it.next();
                if (agrees(g, q, byKey)) {
                    hit = q;
                    it.remove();
                }
            }
            if (hit != null) {
                s.tp++;
            } else {
                s.fn++;
                if (diffs != null) {
                    diffs.add("missed " + (byKey ? "key " : "") + g);
                }
            }
        }
        s.fp += open.size();
        if (diffs != null) {
            open.forEach(q -> diffs.add("extra " + (byKey ? "key " : "") + q));
        }
    }

    private static boolean agrees(JsonNode g, Quantity q, boolean byKey) {
        boolean overlap = q.start() < g.get("end").asInt() && g.get("start").asInt() < q.end();
        if (!overlap) {
            return false;
        }
        if (byKey) {
            return g.get("key").asText().equals(q.key());
        }
        BigDecimal value = g.get("value").decimalValue();
        String unit = g.get("unit").asText();
        boolean unitAgrees = q.unit().equals(unit) || unit.isEmpty() && value.signum() == 0; // "" labels a zero statement
        return q.value().compareTo(value) == 0 && unitAgrees && q.approx() == g.get("approx").asBoolean();
    }

    /** Adds one report's key and indicator outcomes, per catalog key, to the tallies. */
    static void perKey(JsonNode gold, ExtractionResult r, Map<String, SeedEvaluation.Score> keys,
                       Map<String, SeedEvaluation.Score> indicators) {
        List<Quantity> open = new ArrayList<>(r.quantities().stream().filter(q -> q.key() != null).toList());
        for (JsonNode g : gold.get("quantities")) {
            if (g.get("key").isNull()) {
                continue;
            }
            Quantity hit = open.stream().filter(q -> agrees(g, q, true)).findFirst().orElse(null);
            SeedEvaluation.Score s = keys.computeIfAbsent(g.get("key").asText(), k -> new SeedEvaluation.Score());
            if (hit != null) {
                open.remove(hit);
                s.tp++;
            } else {
                s.fn++;
            }
        }
        open.forEach(q -> keys.computeIfAbsent(q.key(), k -> new SeedEvaluation.Score()).fp++);
        indicatorsByKey(gold, r).forEach((k, v) -> indicators.computeIfAbsent(k, x -> new SeedEvaluation.Score()).add(v));
    }

    /** Indicator values scored per key: right when key, value and approx agree; a wrong or extra value is a false positive. */
    private static Map<String, SeedEvaluation.Score> indicatorsByKey(JsonNode gold, ExtractionResult r) {
        Map<String, SeedEvaluation.Score> byKey = new LinkedHashMap<>();
        Map<String, IndicatorValue> predicted = new LinkedHashMap<>();
        r.indicators().forEach(v -> predicted.put(v.key(), v));
        for (JsonNode g : gold.get("indicators")) {
            SeedEvaluation.Score s = byKey.computeIfAbsent(g.get("key").asText(), k -> new SeedEvaluation.Score());
            IndicatorValue v = predicted.remove(g.get("key").asText());
            if (v != null && valueAgrees(g, v)) {
                s.tp++;
            } else {
                s.fn++;
                s.fp += v == null ? 0 : 1;
            }
        }
        predicted.keySet().forEach(k -> byKey.computeIfAbsent(k, x -> new SeedEvaluation.Score()).fp++);
        return byKey;
    }

    static boolean valueAgrees(JsonNode g, IndicatorValue v) {
        return g.get("key").asText().equals(v.key()) && v.value().compareTo(g.get("value").decimalValue()) == 0
                && v.approx() == g.get("approx").asBoolean();
    }

    /** Human-readable misses and extras, for the verbose report. */
    static List<String> differences(JsonNode gold, ExtractionResult r) {
        List<String> diffs = new ArrayList<>();
        match(gold.get("quantities"), r.quantities(), false, new SeedEvaluation.Score(), diffs);
        List<JsonNode> keyed = new ArrayList<>();
        gold.get("quantities").forEach(q -> {
            if (!q.get("key").isNull()) {
                keyed.add(q);
            }
        });
        match(keyed, r.quantities().stream().filter(q -> q.key() != null).toList(), true, new SeedEvaluation.Score(), diffs);
        Map<String, IndicatorValue> predicted = new LinkedHashMap<>();
        r.indicators().forEach(v -> predicted.put(v.key(), v));
        for (JsonNode g : gold.get("indicators")) {
            IndicatorValue v = predicted.remove(g.get("key").asText());
            if (v == null || !valueAgrees(g, v)) {
                diffs.add("indicator gold " + g + " got " + (v == null ? "nothing" : v.value() + (v.approx() ? "~" : "")));
            }
        }
        predicted.values().forEach(v -> diffs.add("indicator extra " + v.key() + "=" + v.value()));
        gold.get("flags").properties().forEach(e -> {
            if (!Objects.equals(r.flags().get(e.getKey()), e.getValue().asBoolean())) {
                diffs.add("flag " + e.getKey() + " gold " + e.getValue() + " got " + r.flags().get(e.getKey()));
            }
        });
        r.flags().keySet().stream().filter(k -> !gold.get("flags").has(k)).forEach(k -> diffs.add("flag extra " + k));
        gold.get("structure").properties().forEach(e -> {
            if (!Objects.equals(r.structure().get(e.getKey()), e.getValue().asBoolean())) {
                diffs.add("structure " + e.getKey() + " gold " + e.getValue() + " got " + r.structure().get(e.getKey()));
            }
        });
        return diffs;
    }
}
