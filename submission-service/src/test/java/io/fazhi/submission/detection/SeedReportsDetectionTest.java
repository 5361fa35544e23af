package io.fazhi.submission.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fazhi.shared.SharedData;
import io.fazhi.submission.registry.BundledRegistry;

/** The five real reports in ../shared/seeds (read in place, never copied into the repository). */
class SeedReportsDetectionTest {

    static final Path SEEDS = Path.of("../../shared/seeds");

    private final ReportDetector detector = new ReportDetector(BundledRegistry.get());

    @ParameterizedTest(name = "{0} → {1} {2} {3}")
    @CsvSource({
            "000_9d32a2e4d44ef17e.txt, 445322116, 历洞镇, 郁南县, 2021",
            "001_4cda7b45264484a7.txt, 610703113, 法镇,   南郑区, 2022",
            "002_6d5c20f5be3252bc.txt, 120119105, 邦均镇, 蓟州区, 2021",
            "003_621cb3420cf20d40.txt, 500230124, 双龙镇, 丰都县, 2020",
            "004_30feef353e3222d7.txt, 411523101, 沙窝镇, 新县,   2023"})
    void resolvesEachRealReportToItsTownshipAndReportYear(String file, String code, String township, String county,
            int year) throws IOException {
        Path seed = SEEDS.resolve(file);
        SharedData.require(Files.isReadable(seed), "seed reports are not checked out next to the repository");
        String text = Files.readString(seed, StandardCharsets.UTF_8);

        Detection d = detector.detect(null, text);

        assertThat(d.candidates()).isEmpty();
        assertThat(d.township().code()).isEqualTo(code);
        assertThat(d.township().value()).isEqualTo(township);
        assertThat(d.township().strong()).isTrue();
        assertThat(d.county().value()).isEqualTo(county);
        assertThat(d.year().value()).isEqualTo(year);
        assertThat(d.year().strong()).isTrue();
        Evidence e = d.year().evidence();
        assertThat(text.substring(e.start(), e.end())).isEqualTo(e.quote()).startsWith(String.valueOf(year));
        Evidence t = d.township().evidence();
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.quote()).endsWith(township);
    }

    @org.junit.jupiter.api.Test
    void readsTheDocumentNumberAndSignerOfTheShaWoReportWithoutTakingTheNumbersYear() throws IOException {
        Path seed = SEEDS.resolve("004_30feef353e3222d7.txt");
        SharedData.require(Files.isReadable(seed), "seed reports are not checked out next to the repository");
        Detection d = detector.detect(null, Files.readString(seed, StandardCharsets.UTF_8));
        assertThat(d.documentNumber().value()).isEqualTo("沙政文〔2024〕17号");
        assertThat(d.signer().value()).isEqualTo("刘兵");
        assertThat(d.signer().evidence().quote()).isEqualTo("签发人：刘 兵");
        assertThat(d.year().value()).isEqualTo(2023);
    }
}
