package io.fazhi.indicator.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.Extractor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Scores the extractor on reports it was not tuned on: the hand-labelled texts and demo reports under
 * {@code gold-heldout/}, with the same rules as {@link SeedEvaluation}. Prints per-report differences and totals.
 */
public final class HeldOutEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Path> GOLD_DIRS = List.of(
            Path.of("indicator-service/src/test/resources/gold-heldout"), Path.of("src/test/resources/gold-heldout"));
    private static final List<Path> ROOTS = List.of(Path.of(""), Path.of(".."), Path.of("../.."));

    private HeldOutEvaluation() {
    }

    /** Totals over the reports whose text could be found, and how many were scored or skipped. */
    public record Result(Map<String, SeedEvaluation.Score> total, int reports, int skipped) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : directory()
                .orElseThrow(() -> new IllegalStateException("gold-heldout not found; pass its directory"));
        Result r = evaluate(Extractor.withDefaultCatalog(), dir, true);
        System.out.println("TOTAL over " + r.reports() + " held-out reports (" + r.skipped() + " skipped, text absent)");
        r.total().forEach((name, s) -> System.out.println("  " + s.line(name)));
    }

    /** The gold-heldout directory: on the test classpath as a file, else from the module or repository root. */
    public static Optional<Path> directory() {
        URL url = HeldOutEvaluation.class.getResource("/gold-heldout/README.md");
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Optional.of(Path.of(url.toURI()).getParent());
            } catch (URISyntaxException e) {
                // fall through to the source locations
            }
        }
        return GOLD_DIRS.stream().filter(Files::isDirectory).findFirst();
    }

    public static Result evaluate(Extractor extractor, Path dir, boolean verbose) throws IOException {
        Map<String, SeedEvaluation.Score> total = SeedEvaluation.Score.aspects();
        List<Path> golds;
        try (Stream<Path> list = Files.list(dir)) {
            golds = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        int reports = 0;
        int skipped = 0;
        for (Path g : golds) {
            JsonNode gold = JSON.readTree(g.toFile());
            Optional<String> text = text(gold, dir);
            if (text.isEmpty()) {
                skipped++;
                continue;
            }
            reports++;
            ExtractionResult r = extractor.extract(text.get());
            Map<String, SeedEvaluation.Score> one = Scoring.score(gold, r);
            if (verbose) {
                System.out.println(g.getFileName());
                one.forEach((aspect, s) -> System.out.println("  " + s.line(aspect)));
                Scoring.differences(gold, r).forEach(d -> System.out.println("    " + d));
            }
            one.forEach((aspect, s) -> total.get(aspect).add(s));
        }
        return new Result(total, reports, skipped);
    }

    /** The labelled text: a .txt beside the gold file, or a field of a demo JSON found from the repository root. */
    public static Optional<String> text(JsonNode gold, Path dir) throws IOException {
        String source = gold.get("source").asText();
        if (!gold.has("field")) {
            Path p = dir.resolve(source);
            return Files.isRegularFile(p) ? Optional.of(Files.readString(p)) : Optional.empty();
        }
        for (Path root : ROOTS) {
            Path p = root.resolve(source);
            if (Files.isRegularFile(p)) {
                return Optional.of(JSON.readTree(p.toFile()).get(gold.get("field").asText()).asText());
            }
        }
        return Optional.empty();
    }
}
