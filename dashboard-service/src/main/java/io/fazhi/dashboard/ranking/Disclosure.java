package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The disclosure dimension: how fully a township's report speaks, which county assessments credit in itself.
 * {@code disclosure.parts} is the share of the report's statutory parts (structure.completeness, 0-100);
 * {@code disclosure.items} is the share of the area's catalog items (every indicator outside report structure that
 * some township of the area states) that the report states, 0-100. Both are computed here from the observations, for
 * every township that has any.
 */
final class Disclosure {

    static final String DIMENSION = "disclosure";
    static final String PARTS = "disclosure.parts";
    static final String ITEMS = "disclosure.items";
    static final String STRUCTURE = "structure";
    static final String COMPLETENESS = "structure.completeness";
    private static final Goalposts PERCENT = new Goalposts(0, 100);

    private Disclosure() {
    }

    static List<IndicatorSpec> specs(List<IndicatorSpec> specs) {
        List<IndicatorSpec> out = new ArrayList<>(specs);
        out.add(new IndicatorSpec(PARTS, DIMENSION, Direction.UP, "rate", PERCENT));
        out.add(new IndicatorSpec(ITEMS, DIMENSION, Direction.UP, "rate", PERCENT));
        return out;
    }

    static List<Observation> observations(List<Observation> observations, List<IndicatorSpec> specs) {
        Set<String> items = new HashSet<>();
        for (IndicatorSpec s : specs) {
            if (!s.dimension().equals(STRUCTURE) && !s.dimension().equals(DIMENSION)) {
                items.add(s.key());
            }
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Set<String>> stated = new HashMap<>();
        Map<String, Double> completeness = new HashMap<>();
        Map<String, int[]> parts = new HashMap<>();
        for (Observation o : observations) {
            names.putIfAbsent(o.townshipCode(), o.township());
            if (items.contains(o.key())) {
                stated.computeIfAbsent(o.townshipCode(), c -> new HashSet<>()).add(o.key());
            } else if (o.key().equals(COMPLETENESS)) {
                completeness.put(o.townshipCode(), o.value());
            } else if (o.key().startsWith(STRUCTURE + ".")) {
                int[] count = parts.computeIfAbsent(o.townshipCode(), c -> new int[2]);
                count[0] += o.value() > 0 ? 1 : 0;
                count[1]++;
            }
        }
        List<Observation> out = new ArrayList<>(observations);
        for (Map.Entry<String, String> t : names.entrySet()) {
            String code = t.getKey();
            Double share = completeness.get(code);
            if (share == null && parts.containsKey(code)) {
                share = 100.0 * parts.get(code)[0] / parts.get(code)[1];
            }
            if (share != null) {
                out.add(new Observation(code, t.getValue(), PARTS, share, false));
            }
            if (!items.isEmpty()) {
                double speaks = stated.getOrDefault(code, Set.of()).size();
                out.add(new Observation(code, t.getValue(), ITEMS, Values.round2(100.0 * speaks / items.size()), false));
            }
        }
        return out;
    }
}
