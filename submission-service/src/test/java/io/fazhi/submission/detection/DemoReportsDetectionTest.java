package io.fazhi.submission.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.submission.registry.BundledRegistry;

/**
 * The launcher's demo reports (deploy/local/demo) go in as bare .txt files of one bulk upload: each text alone must
 * name the township and year its JSON carries.
 */
class DemoReportsDetectionTest {

    private static final Path DEMO = Path.of("../deploy/local/demo");

    private final ReportDetector detector = new ReportDetector(BundledRegistry.get());

    static Stream<Path> demoReports() throws IOException {
        try (Stream<Path> files = Files.list(DEMO)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoReports")
    void readsTheTownshipAndYearOfEachDemoReportFromItsTextAlone(Path file) throws IOException {
        JsonNode report = new ObjectMapper().readTree(file.toFile());

        Detection d = detector.detect(null, report.get("text").asText());

        assertThat(d.candidates()).isEmpty();
        assertThat(d.township().code()).isEqualTo(report.get("townshipCode").asText());
        assertThat(d.year().value()).isEqualTo(report.get("year").asInt());
    }
}
