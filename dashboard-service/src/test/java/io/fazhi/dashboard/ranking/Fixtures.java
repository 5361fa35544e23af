package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Compact text forms for test data: "A p.up1=10 q.down=3~; B p.up1=0" (a trailing ~ marks an approximate value). */
final class Fixtures {

    /** Two dimensions: p (two up indicators), q (one down, one up, one never ranked). */
    static final List<IndicatorSpec> SPECS = List.of(
            new IndicatorSpec("p.up1", "p", Direction.UP, "count"),
            new IndicatorSpec("p.up2", "p", Direction.UP, "count"),
            new IndicatorSpec("q.down", "q", Direction.DOWN, "count"),
            new IndicatorSpec("q.up", "q", Direction.UP, "rate"),
            new IndicatorSpec("q.none", "q", Direction.NONE, "count"));

    private Fixtures() {
    }

    static List<Observation> observations(String text) {
        List<Observation> out = new ArrayList<>();
        for (String township : text.split(";")) {
            String[] parts = township.trim().split("\\s+");
            for (String pair : Arrays.copyOfRange(parts, 1, parts.length)) {
                String[] kv = pair.split("=");
                boolean approx = kv[1].endsWith("~");
                double value = Double.parseDouble(approx ? kv[1].substring(0, kv[1].length() - 1) : kv[1]);
                out.add(new Observation(parts[0], "镇" + parts[0], kv[0], value, approx));
            }
        }
        return out;
    }

    /** "a=1.5 b=2" as a weight map; blank for none. */
    static Map<String, Double> weights(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String pair : text.trim().split("\\s+")) {
            String[] kv = pair.split("=");
            out.put(kv[0], Double.parseDouble(kv[1]));
        }
        return out;
    }

    /** "A=1 B=2 C=-" (dash: listed as insufficient data) from a result, in entry order. */
    static String ranks(CompositeResult result) {
        StringBuilder sb = new StringBuilder();
        for (CompositeEntry e : result.entries()) {
            sb.append(sb.length() == 0 ? "" : " ").append(e.townshipCode()).append('=')
                    .append(e.rank() == null ? "-" : e.rank());
        }
        return sb.toString();
    }

    static double[] doubles(String text) {
        return Arrays.stream(text.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }
}
