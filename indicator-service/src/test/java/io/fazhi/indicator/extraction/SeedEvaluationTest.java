package io.fazhi.indicator.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fazhi.indicator.extraction.eval.SeedEvaluation;
import io.fazhi.shared.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SeedEvaluationTest {

    @Test
    void meetsTheQualityBarOnTheLabelledSeeds() throws Exception {
        Optional<Path> seeds = SeedTexts.directory();
        SharedData.require(seeds.isPresent(), "shared seeds not present in this checkout");
        Map<String, SeedEvaluation.Score> scores = SeedEvaluation.evaluate(Extractor.withDefaultCatalog(), seeds.get(), false);
        Map<String, Double> bar = Map.of("quantities", 0.97, "keys", 0.90, "indicators", 0.90, "flags", 0.90, "structure", 0.95);
        bar.forEach((aspect, min) -> assertTrue(scores.get(aspect).f1() >= min, aspect + " F1 " + scores.get(aspect).f1()));
    }

    @Test
    void goldOffsetsPointAtTheLabelledText() throws Exception {
        Optional<Path> seeds = SeedTexts.directory();
        SharedData.require(seeds.isPresent(), "shared seeds not present in this checkout");
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (var files = Files.list(seeds.get())) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                var gold = getClass().getResourceAsStream("/gold/" + seed.getFileName().toString().replace(".txt", ".json"));
                assumeTrue(gold != null);
                String text = Files.readString(seed);
                for (var q : json.readTree(gold).get("quantities")) {
                    String span = text.substring(q.get("start").asInt(), q.get("end").asInt());
                    assertTrue(span.equals(q.get("text").asText()), seed + ": " + q);
                }
            }
        }
    }
}
