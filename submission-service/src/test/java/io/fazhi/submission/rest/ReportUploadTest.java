package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fazhi.kafka.KafkaBrokerTestResource;
import org.apache.http.entity.mime.HttpMultipartMode;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.fazhi.submission.intake.TestDocuments;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.MultiPartSpecification;

/** Multipart uploads: each format read, the original kept for download, and hostile files refused. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class ReportUploadTest {

    /** Browsers send part names and form values in UTF-8; RestAssured must be told to. */
    static final RestAssuredConfig UTF8 = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8))
            .encoderConfig(EncoderConfig.encoderConfig().defaultCharsetForContentType("UTF-8", "multipart/form-data"));
    /** Like curl for large bodies: ask before sending, so a refusal arrives before the body is sent. */
    static final RestAssuredConfig EXPECT_CONTINUE = UTF8
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE)
                    .setParam("http.protocol.expect-continue", true));

    @BeforeEach
    void actAsCountryAdmin() {
        DefaultCaller.actAsCountryAdmin();
    }

    @AfterEach
    void actAnonymously() {
        DefaultCaller.actAnonymously();
    }

    private static String report(String county, String township, int year, String distinct) {
        return county + township + "人民政府\n" + year + " 年度法治政府建设报告\n一、主要举措和成效\n"
                + "我镇全年开展普法宣传活动12次，发放宣传资料7500余份，依法化解矛盾纠纷36件。" + distinct;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"GBK, text/plain;charset=GB18030", "GB18030, text/plain;charset=GB18030", "UTF-8, text/plain;charset=UTF-8"})
    void readsAPlainTextFileInTheEncodingItCameIn(String encoding, String storedType) {
        byte[] file = report("郁南县", "历洞镇", 2018, encoding).getBytes(Charset.forName(encoding));
        int id = upload("历洞镇2018年报告.txt", file).statusCode(201)
                .body("townshipCode", equalTo("445322116")).body("year", equalTo(2018))
                .body("file.contentType", equalTo(storedType))
                .body("file.sizeBytes", equalTo(file.length))
                .body("detection.township.evidence.quote", equalTo("郁南县历洞镇"))
                .extract().path("id");
        given().get("/api/v1/reports/{id}/text", id).then().statusCode(200).body(startsWith("郁南县历洞镇人民政府\n2018"));
        byte[] back = given().get("/api/v1/reports/{id}/file", id).then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .header("Content-Disposition", containsString("filename*=UTF-8''%E5%8E%86%E6%B4%9E%E9%95%87"))
                .extract().asByteArray();
        assertArrayEquals(file, back);
    }

    @Test
    void readsAWordDocumentWithItsTableAndKeepsTheOriginal() {
        byte[] docx = TestDocuments.docx(report("汉中市南郑区", "法镇", 2017, "docx"),
                List.of("项目|数量", "普法宣传活动|12次"));
        int id = upload("../../etc/法镇 2017 报告.docx", docx).statusCode(201)
                .body("townshipCode", equalTo("610703113")).body("year", equalTo(2017))
                .body("file.filename", equalTo("法镇 2017 报告.docx"))
                .body("file.format", equalTo("DOCX"))
                .extract().path("id");
        given().get("/api/v1/reports/{id}/text", id).then().body(containsString("普法宣传活动\t12次"));
        byte[] back = given().get("/api/v1/reports/{id}/file", id).then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header("Content-Disposition", startsWith("attachment; filename=\"__ 2017 __.docx\""))
                .extract().asByteArray();
        assertArrayEquals(docx, back);
    }

    @Test
    void readsAPdfWithAChineseTextLayer() {
        byte[] pdf = TestDocuments.pdf(report("蓟州区", "邦均镇", 2016, "pdf"));
        upload("邦均镇.pdf", pdf).statusCode(201)
                .body("townshipCode", equalTo("120119105")).body("year", equalTo(2016))
                .body("file.contentType", equalTo("application/pdf"));
    }

    @Test
    void takesFormFieldsBesideTheFile() {
        byte[] file = "我镇全年开展普法宣传活动12次，依法化解矛盾纠纷36件。表单字段".getBytes(StandardCharsets.UTF_8);
        given().config(UTF8).multiPart("file", "report.txt", file, "text/plain")
                .multiPart(field("township", "双龙镇")).multiPart(field("county", "丰都县")).multiPart(field("year", "2015"))
                .when().post("/api/v1/reports").then().statusCode(201)
                .body("townshipCode", equalTo("500230124")).body("year", equalTo(2015))
                .body("fromText", org.hamcrest.Matchers.empty());
    }

    @Test
    void answersA404ForTheFileOfAJsonSubmission() {
        int id = given().contentType("application/json")
                .body(ReportSamples.report(ReportSamples.freshTownshipCode(), 2021, ReportSamples.text("json")))
                .post("/api/v1/reports").then().statusCode(201).body("file", org.hamcrest.Matchers.nullValue())
                .extract().path("id");
        given().get("/api/v1/reports/{id}/file", id).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "zip bomb,            bomb.docx,     422, unsafe-document",
            "truncated docx,      cut.docx,      422, malformed-document",
            "scanned pdf,         scan.pdf,      422, no-text",
            "binary renamed txt,  tool.txt,      422, file-content-mismatch",
            "pdf renamed docx,    report.docx,   422, file-content-mismatch",
            "legacy word,         report.doc,    415, unsupported-file-type",
            "empty file,          empty.txt,     422, no-text",
            "truncated pdf,       cut.pdf,       422, malformed-document"})
    void refusesHostileAndBrokenFilesWithAProblemAndStoresNothing(String name, String filename, int status,
            String type) {
        byte[] file = switch (name) {
            case "zip bomb" -> TestDocuments.zipBomb(120);
            case "truncated docx" -> TestDocuments.truncated(TestDocuments.docx(report("郁南县", "历洞镇", 2021, "t"),
                    List.of()), 0.5);
            case "scanned pdf" -> TestDocuments.scannedPdf();
            case "binary renamed txt" -> TestDocuments.binary(64 * 1024);
            case "pdf renamed docx" -> TestDocuments.pdf(report("郁南县", "历洞镇", 2021, "p"));
            case "truncated pdf" -> TestDocuments.truncated(TestDocuments.pdf(report("郁南县", "历洞镇", 2021, "c")), 0.2);
            case "empty file" -> new byte[0];
            default -> "郁南县历洞镇人民政府".getBytes(StandardCharsets.UTF_8);
        };
        long before = ReportIdentificationTest.stored();
        expectProblem(upload(filename, file), status)
                .body("type", equalTo("https://fazhi.io/problems/" + type));
        assertEquals(before, ReportIdentificationTest.stored());
    }

    @Test
    void refusesAFileJustOverTwentyMegabytesWith413() throws IOException {
        Path big = Files.createTempFile("over-limit", ".txt");
        try {
            try (OutputStream out = Files.newOutputStream(big)) {
                TestDocuments.filler(out, 20L * 1024 * 1024 + 1);
            }
            long before = ReportIdentificationTest.stored();
            expectProblem(given().config(UTF8).multiPart("file", big.toFile(), "text/plain").post("/api/v1/reports").then(), 413)
                    .body("type", equalTo("https://fazhi.io/problems/file-too-large"));
            assertEquals(before, ReportIdentificationTest.stored());
        } finally {
            Files.deleteIfExists(big);
        }
    }

    @Test
    void refusesAFiftyMegabyteUploadWith413BeforeReadingIt() throws IOException {
        Path big = Files.createTempFile("fifty", ".txt");
        try {
            try (OutputStream out = Files.newOutputStream(big)) {
                TestDocuments.filler(out, 50L * 1024 * 1024);
            }
            long before = ReportIdentificationTest.stored();
            given().config(EXPECT_CONTINUE).multiPart("file", big.toFile(), "text/plain").post("/api/v1/reports").then()
                    .statusCode(413);
            assertEquals(before, ReportIdentificationTest.stored());
        } finally {
            Files.deleteIfExists(big);
        }
    }

    @Test
    void asksForTheFilePartWhenItIsMissing() {
        expectProblem(given().config(UTF8).multiPart("year", "2021").post("/api/v1/reports").then(), 400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("file"));
    }

    /** A form field in UTF-8, as browsers send it. */
    static MultiPartSpecification field(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).charset(StandardCharsets.UTF_8).build();
    }

    private static ValidatableResponse upload(String filename, byte[] content) {
        return given().config(UTF8).multiPart("file", filename, content, "application/octet-stream").when().post("/api/v1/reports")
                .then().statusCode(oneOf(200, 201, 400, 413, 415, 422));
    }

    private static ValidatableResponse expectProblem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status)).body("detail", org.hamcrest.Matchers.notNullValue());
    }
}
