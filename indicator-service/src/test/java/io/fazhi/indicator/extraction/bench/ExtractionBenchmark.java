package io.fazhi.indicator.extraction.bench;

import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.extraction.SeedTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Single-thread extraction throughput over the seed reports in MB/s of UTF-8 input (warm-up, then timed rounds),
 * side by side with a bare quantity regex (a numeral run, an optional 余/多 and a classifier) over the same texts in
 * the same run, and the ratio of the two: the engine should keep at least 0.75 of the bare regex's speed.
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = args.length > 0 ? Path.of(args[0]) : SeedTexts.directory()
                .orElseThrow(() -> new IllegalStateException("seeds not found; pass the seeds directory"));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        List<String> texts = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String s = Files.readString(p);
                texts.add(s);
                bytes += s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        Extractor extractor = Extractor.withDefaultCatalog();
        long sink = run(extractor, texts, rounds / 2) + regex(texts, rounds / 2);
        double best = 0;
        double bestRegex = 0;
        for (int trial = 0; trial < 5; trial++) {
            long t0 = System.nanoTime();
            sink += regex(texts, rounds);
            double regexMbPerSecond = bytes * (double) rounds / ((System.nanoTime() - t0) / 1e9) / 1e6;
            bestRegex = Math.max(bestRegex, regexMbPerSecond);
            t0 = System.nanoTime();
            sink += run(extractor, texts, rounds);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double mbPerSecond = bytes * (double) rounds / seconds / 1e6;
            best = Math.max(best, mbPerSecond);
            System.out.printf("trial %d: engine %.1f MB/s (%.3f ms per report), bare regex %.1f MB/s, ratio %.2f%n", trial,
                    mbPerSecond, seconds * 1000 / rounds / texts.size(), regexMbPerSecond, mbPerSecond / regexMbPerSecond);
        }
        System.out.printf("best: engine %.1f MB/s, bare quantity regex %.1f MB/s, ratio %.2f, over %d reports, %d bytes, %d rounds"
                + " (checksum %d)%n", best, bestRegex, best / bestRegex, texts.size(), bytes, rounds, sink);
    }

    /** The baseline: every number with a classifier, nothing else (no key, no value, no evidence). */
    private static final Pattern BARE_QUANTITY = Pattern.compile(
            "[0-9０-９.零〇一二两三四五六七八九十百千万亿]+(?:余|多)?(?:场次|人次|户次|件次|万元|亿元|学时|课时|小时"
            + "|件|起|宗|例|次|场|期|轮|批|份|张|册|本|篇|条|幅|处|块|项|个|家|户|所|座|台|辆|支|人|名|位|元|%|天)");

    private static long regex(List<String> texts, int rounds) {
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                Matcher m = BARE_QUANTITY.matcher(t);
                while (m.find()) {
                    sink++;
                }
            }
        }
        return sink;
    }

    private static long run(Extractor extractor, List<String> texts, int rounds) {
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (String t : texts) {
                sink += extractor.extract(t).quantities().size();
            }
        }
        return sink;
    }
}
