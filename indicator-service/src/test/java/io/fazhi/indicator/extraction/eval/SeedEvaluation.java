package io.fazhi.indicator.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.extraction.SeedTexts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores the extractor against the hand-written gold labels of the seed reports and prints precision, recall
 * and F1 for quantities, keys, indicator values, flags and structure.
 */
public final class SeedEvaluation {

    /** Gold label files, one per seed, on the test classpath. */
    static final String GOLD = "/gold/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SeedEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = args.length > 0 ? Path.of(args[0]) : SeedTexts.directory()
                .orElseThrow(() -> new IllegalStateException("seeds not found; pass the seeds directory"));
        Map<String, Score> total = evaluate(Extractor.withDefaultCatalog(), seeds, true);
        System.out.println("TOTAL over " + seeds);
        total.forEach((name, s) -> System.out.println("  " + s.line(name)));
    }

    /** Micro-averaged scores per aspect over every seed that has a gold file. */
    public static Map<String, Score> evaluate(Extractor extractor, Path seeds, boolean verbose) throws IOException {
        Map<String, Score> total = Score.aspects();
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path seed : files) {
            String name = seed.getFileName().toString().replace(".txt", "");
            JsonNode gold = gold(name);
            if (gold == null) {
                continue;
            }
            ExtractionResult r = extractor.extract(Files.readString(seed));
            Map<String, Score> one = Scoring.score(gold, r);
            if (verbose) {
                System.out.println(name);
                one.forEach((aspect, s) -> System.out.println("  " + s.line(aspect)));
                Scoring.differences(gold, r).forEach(d -> System.out.println("    " + d));
            }
            one.forEach((aspect, s) -> total.get(aspect).add(s));
        }
        return total;
    }

    private static JsonNode gold(String name) throws IOException {
        try (InputStream in = SeedEvaluation.class.getResourceAsStream(GOLD + name + ".json")) {
            return in == null ? null : JSON.readTree(in);
        }
    }

    /** True/false positives and false negatives of one aspect. */
    public static final class Score {
        int tp;
        int fp;
        int fn;

        static Map<String, Score> aspects() {
            Map<String, Score> m = new LinkedHashMap<>();
            for (String a : List.of("quantities", "keys", "indicators", "flags", "structure")) {
                m.put(a, new Score());
            }
            return m;
        }

        void add(Score o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String brief() {
            return String.format("P=%.2f R=%.2f F1=%.2f (%d/%d/%d)", precision(), recall(), f1(), tp, fp, fn);
        }

        String line(String aspect) {
            return String.format("%-11s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", aspect, precision(), recall(), f1(), tp, fp, fn);
        }
    }
}
