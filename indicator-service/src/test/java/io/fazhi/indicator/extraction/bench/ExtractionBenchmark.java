package io.fazhi.indicator.extraction.bench;

import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.extraction.SeedTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Single-thread extraction throughput over the seed reports in MB/s of UTF-8 input (warm-up, then timed rounds). */
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
        long sink = run(extractor, texts, rounds / 2);
        double best = 0;
        for (int trial = 0; trial < 5; trial++) {
            long t0 = System.nanoTime();
            sink += run(extractor, texts, rounds);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double mbPerSecond = bytes * (double) rounds / seconds / 1e6;
            best = Math.max(best, mbPerSecond);
            System.out.printf("trial %d: %.1f MB/s (%.3f ms per report)%n", trial, mbPerSecond, seconds * 1000 / rounds / texts.size());
        }
        System.out.printf("best %.1f MB/s over %d reports, %d bytes, %d rounds (checksum %d)%n", best, texts.size(), bytes, rounds, sink);
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
