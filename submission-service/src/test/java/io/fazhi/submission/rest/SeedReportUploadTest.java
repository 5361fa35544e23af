package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.shared.SharedData;
import io.fazhi.submission.intake.TestDocuments;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The five real reports (read from ../shared/seeds in place) uploaded as a new user would: GBK text, Word and PDF
 * files converted here, with no field but the file.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class SeedReportUploadTest {

    private static final Path SEEDS = Path.of("../../shared/seeds");

    @BeforeEach
    void actAsCountryAdmin() {
        DefaultCaller.actAsCountryAdmin();
    }

    @AfterEach
    void actAnonymously() {
        DefaultCaller.actAnonymously();
    }

    @ParameterizedTest(name = "{0} as .{4}")
    @CsvSource({
            "000_9d32a2e4d44ef17e.txt, 445322116, 历洞镇, 2021, txt",
            "001_4cda7b45264484a7.txt, 610703113, 法镇,   2022, txt",
            "002_6d5c20f5be3252bc.txt, 120119105, 邦均镇, 2021, txt",
            "003_621cb3420cf20d40.txt, 500230124, 双龙镇, 2020, txt",
            "004_30feef353e3222d7.txt, 411523101, 沙窝镇, 2023, txt",
            "000_9d32a2e4d44ef17e.txt, 445322116, 历洞镇, 2021, docx",
            "001_4cda7b45264484a7.txt, 610703113, 法镇,   2022, docx",
            "002_6d5c20f5be3252bc.txt, 120119105, 邦均镇, 2021, docx",
            "003_621cb3420cf20d40.txt, 500230124, 双龙镇, 2020, docx",
            "004_30feef353e3222d7.txt, 411523101, 沙窝镇, 2023, docx",
            "000_9d32a2e4d44ef17e.txt, 445322116, 历洞镇, 2021, pdf",
            "001_4cda7b45264484a7.txt, 610703113, 法镇,   2022, pdf",
            "002_6d5c20f5be3252bc.txt, 120119105, 邦均镇, 2021, pdf",
            "003_621cb3420cf20d40.txt, 500230124, 双龙镇, 2020, pdf",
            "004_30feef353e3222d7.txt, 411523101, 沙窝镇, 2023, pdf"})
    void resolvesEachRealReportFromTheFileAlone(String seed, String code, String township, int year, String format)
            throws IOException {
        Path path = SEEDS.resolve(seed);
        SharedData.require(Files.isReadable(path), "seed reports are not checked out next to the repository");
        String text = Files.readString(path, StandardCharsets.UTF_8);
        byte[] file = switch (format) {
            case "txt" -> gbk(text);
            case "docx" -> TestDocuments.docx(text, List.of());
            default -> TestDocuments.pdf(text);
        };
        given().config(ReportUploadTest.UTF8).multiPart("file", "report." + format, file, "application/octet-stream")
                .when().post("/api/v1/reports")
                .then().statusCode(oneOf(200, 201))
                .body("townshipCode", equalTo(code))
                .body("township", equalTo(township))
                .body("year", equalTo(year));
    }

    /** GBK as a county office saves it; GB18030 for the rare character GBK lacks. */
    private static byte[] gbk(String text) {
        try {
            ByteBuffer b = Charset.forName("GBK").newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] out = new byte[b.remaining()];
            b.get(out);
            return out;
        } catch (CharacterCodingException e) {
            return text.getBytes(Charset.forName("GB18030"));
        }
    }
}
