package io.fazhi.indicator.extraction.bench;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import io.fazhi.hostile.Attack;
import io.fazhi.hostile.ExtractionAttacks;
import io.fazhi.hostile.Hostile;
import io.fazhi.indicator.extraction.Extractor;

/**
 * Work per request on crafted texts: the hard texts of the fuzz suite (a million line breaks, twenty thousand
 * numerals in one sentence, nested 其中, thousands of headings), extracted one by one on a single thread. Prints the
 * slowest texts and the worst time per MB, which a linear extractor keeps near the throughput on real reports.
 *
 * <pre>java -cp … io.fazhi.indicator.extraction.bench.HostileTextBenchmark [texts=300] [seed]</pre>
 */
public final class HostileTextBenchmark {

    private HostileTextBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 0x5EED_0103L;
        Extractor extractor = Extractor.withDefaultCatalog();
        Hostile hostile = new Hostile(new Random(seed));
        long totalBytes = 0;
        double totalMs = 0;
        double worstMsPerMb = 0;
        double slowestMs = 0;
        String slowest = "";
        for (int i = 0; i < count; i++) {
            Attack attack = ExtractionAttacks.hardText(hostile);
            String text = text(attack);
            int bytes = text.getBytes(StandardCharsets.UTF_8).length;
            long t0 = System.nanoTime();
            int quantities = extractor.extract(text).quantities().size();
            double ms = (System.nanoTime() - t0) / 1e6;
            totalBytes += bytes;
            totalMs += ms;
            if (bytes > 100_000) {
                worstMsPerMb = Math.max(worstMsPerMb, ms / (bytes / 1e6));
            }
            if (ms > slowestMs) {
                slowestMs = ms;
                slowest = String.format("text %d: %d bytes, %d quantities, starts %s", i, bytes, quantities,
                        text.substring(0, Math.min(30, text.length())).replace("\n", "\\n"));
            }
        }
        System.out.printf("%d hostile texts, %.1f MB in %.0f ms (%.1f MB/s); worst %.0f ms per MB (texts over 100 KB); "
                + "slowest %.0f ms (%s)%n", count, totalBytes / 1e6, totalMs, totalBytes / 1e3 / totalMs, worstMsPerMb,
                slowestMs, slowest);
    }

    private static String text(Attack attack) throws Exception {
        if (attack.contentType().startsWith("application/json")) {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(attack.body()).get("text").asText();
        }
        return new String(attack.body(), StandardCharsets.UTF_8);
    }
}
