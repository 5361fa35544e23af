package io.fazhi.indicator.extraction.eval;

import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.Extractor;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The headline evaluation: precision, recall and F1 for quantities, keys, indicator values, flags and structure on
 * the real reports of the development set, per part of the frozen split, overall, and per catalog key.
 *
 * <p>Arguments: {@code --diffs PART,PART} prints the per-report differences of those parts only (default: the
 * tuning part), so that looking at the frozen part's mistakes is a deliberate act.
 */
public final class DevSetEvaluation {

    private DevSetEvaluation() {
    }

    /** Totals per aspect, and per key for keys and indicator values. */
    public record Result(Map<String, SeedEvaluation.Score> total, Map<String, SeedEvaluation.Score> keys,
                         Map<String, SeedEvaluation.Score> indicators, Reliability reliability, int reports) {
    }

    public static void main(String[] args) throws IOException {
        Set<DevSet.Part> diffs = EnumSet.of(DevSet.Part.TUNING);
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--diffs")) {
                diffs = EnumSet.noneOf(DevSet.Part.class);
                for (String p : args[i + 1].split(",")) {
                    if (!p.isBlank() && !p.equals("none")) {
                        diffs.add(DevSet.Part.valueOf(p.trim().toUpperCase()));
                    }
                }
            }
        }
        Extractor extractor = Extractor.withDefaultCatalog();
        List<DevSet.Case> cases = DevSet.load();
        System.out.println("extractor " + extractor.version() + ", " + cases.size() + " real reports");
        for (DevSet.Part part : DevSet.Part.values()) {
            List<DevSet.Case> in = cases.stream().filter(c -> c.part() == part).toList();
            if (!in.isEmpty()) {
                print(part.name().toLowerCase() + " part", evaluate(extractor, in, diffs.contains(part)));
            }
        }
        List<DevSet.Case> shared = cases.stream().filter(c -> c.part() == DevSet.Part.TUNING || c.part() == DevSet.Part.FROZEN).toList();
        print("shared development set (tuning + frozen)", evaluate(extractor, shared, false));
        Result all = evaluate(extractor, cases, false);
        print("all real reports", all);
        System.out.println("per key (all real reports): keys | indicator values");
        new TreeMap<>(union(all.keys(), all.indicators())).keySet().forEach(k -> System.out.printf("  %-40s %s | %s%n", k,
                all.keys().getOrDefault(k, new SeedEvaluation.Score()).brief(),
                all.indicators().getOrDefault(k, new SeedEvaluation.Score()).brief()));
    }

    private static Map<String, SeedEvaluation.Score> union(Map<String, SeedEvaluation.Score> a, Map<String, SeedEvaluation.Score> b) {
        Map<String, SeedEvaluation.Score> m = new TreeMap<>(a);
        b.keySet().forEach(k -> m.putIfAbsent(k, new SeedEvaluation.Score()));
        return m;
    }

    private static void print(String title, Result r) {
        System.out.println("TOTAL " + title + ": " + r.reports() + " reports");
        r.total().forEach((name, s) -> System.out.println("  " + s.line(name)));
        r.reliability().print();
    }

    public static Result evaluate(Extractor extractor, List<DevSet.Case> cases, boolean verbose) {
        Map<String, SeedEvaluation.Score> total = SeedEvaluation.Score.aspects();
        Map<String, SeedEvaluation.Score> keys = new TreeMap<>();
        Map<String, SeedEvaluation.Score> indicators = new TreeMap<>();
        Reliability reliability = new Reliability();
        for (DevSet.Case c : cases) {
            ExtractionResult r = extractor.extract(c.text());
            reliability.add(c.gold(), r);
            Map<String, SeedEvaluation.Score> one = Scoring.score(c.gold(), r);
            Scoring.perKey(c.gold(), r, keys, indicators);
            if (verbose) {
                System.out.println(c.id() + " " + c.source().get("township").asText());
                one.forEach((aspect, s) -> System.out.println("  " + s.line(aspect)));
                Scoring.differences(c.gold(), r).forEach(d -> System.out.println("    " + d));
            }
            one.forEach((aspect, s) -> total.get(aspect).add(s));
        }
        return new Result(total, keys, indicators, reliability, cases.size());
    }
}
