package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.fazhi.devtokens.TestTokens;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.shared.SharedData;
import io.fazhi.submission.intake.TestDocuments;
import io.fazhi.submission.model.IntakeFile;
import io.fazhi.submission.model.IntakeJob;
import io.fazhi.submission.repository.IntakeFileRepository;
import io.fazhi.submission.repository.IntakeJobRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;

/**
 * Bulk intake: a zip of good, damaged and foreign files becomes a job whose files are each stored or refused as a
 * single upload would be, until every file is accounted for; a job left waiting by a restart is taken up again.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class IntakeJobTest {

    private static final Path SEEDS = Path.of("../../shared/seeds");
    private static final String LIDONG = "445322116"; // 郁南县历洞镇, the township of seed 000
    private static final String LIDONG_OFFICE = TestTokens.township(LIDONG);

    @Inject
    IntakeJobRepository jobs;
    @Inject
    IntakeFileRepository files;

    @Test
    void storesTheGoodFilesOfAZipAndRefusesEachOtherWithItsReason() throws IOException {
        Path seed000 = SEEDS.resolve("000_9d32a2e4d44ef17e.txt");
        Path seed001 = SEEDS.resolve("001_4cda7b45264484a7.txt");
        SharedData.require(Files.isReadable(seed000), "seed reports are not checked out next to the repository");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("报告/", new byte[0]);
        entries.put("报告/历洞镇2021.txt", Files.readString(seed000).getBytes(Charset.forName("GB18030")));
        entries.put("报告/历洞镇2020.docx", TestDocuments.docx(lidong(2020), List.of()));
        entries.put("报告/损坏.docx", damagedDocx());
        entries.put("统计表.xlsx", TestDocuments.binary(2048));
        entries.put("法镇2022.txt", Files.readAllBytes(seed001));
        entries.put("__MACOSX/报告/._历洞镇2021.txt", new byte[] {0, 5, 22, 7});
        entries.put(".DS_Store", new byte[] {0, 0, 0, 1});

        String location = upload(LIDONG_OFFICE, Map.of("镇报告.zip", zip(entries)))
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/intake-jobs/\\d+"))
                .body("counts.files", equalTo(5))
                .body("files", hasSize(5))
                .extract().header("Location");

        JsonPath job = awaitDone(LIDONG_OFFICE, location);
        assertThat(job.getInt("counts.files")).isEqualTo(job.getInt("counts.stored") + job.getInt("counts.refused"));
        assertThat(job.getInt("counts.stored")).isEqualTo(2);
        assertThat(job.getInt("counts.refused")).isEqualTo(3);
        assertThat(job.getInt("counts.queued")).isZero();
        assertThat(job.getList("files.name")).containsExactly("报告/历洞镇2021.txt", "报告/历洞镇2020.docx",
                "报告/损坏.docx", "统计表.xlsx", "法镇2022.txt");

        assertStored(job, 0, 2021);
        assertStored(job, 1, 2020);
        assertRefused(job, 2, 422, "malformed-document");
        assertRefused(job, 3, 415, "unsupported-file-type");
        assertRefused(job, 4, 403, "forbidden");
        assertThat(job.getString("files[4].refusal.detail")).contains("610703113");
        assertThat(location).endsWith(job.getString("links.self"));
    }

    @Test
    void takesUpTheFilesAJobLeftWaitingWhenTheServiceStopped() {
        // as a previous run of the service left them: one file never started, one claimed by a worker that died
        long jobId = QuarkusTransaction.requiringNew().call(() -> {
            IntakeJob job = new IntakeJob();
            job.createdAt = Instant.now().minus(Duration.ofHours(1));
            job.creatorSubject = "township-" + LIDONG;
            job.creatorRoles = "township";
            job.creatorTownship = LIDONG;
            jobs.persist(job);
            waiting(job.id, 1, "a.txt", lidong(2017), IntakeFile.QUEUED, null);
            waiting(job.id, 2, "b.txt", lidong(2016), IntakeFile.PROCESSING, Instant.now().minus(Duration.ofHours(1)));
            return job.id;
        });

        JsonPath job = awaitDone(TestTokens.countryAdmin(), "/api/v1/intake-jobs/" + jobId);
        assertThat(job.getList("files.state")).containsExactly("STORED", "STORED");
        assertThat(job.getList("files.year")).containsExactly(2017, 2016);
        assertThat(job.getString("createdBy")).isEqualTo("township-" + LIDONG);
        given().auth().oauth2(LIDONG_OFFICE).get("/api/v1/reports/" + job.getLong("files[1].reportId"))
                .then().statusCode(200).body("submittedBy", equalTo("township-" + LIDONG));
    }

    @Test
    void showsAJobOnlyToItsCreatorAndTheAdministratorsOfItsArea() {
        String location = upload(LIDONG_OFFICE, Map.of("r.txt", lidong(2015).getBytes(StandardCharsets.UTF_8)))
                .statusCode(202).extract().header("Location");
        String path = location.substring(location.indexOf("/api/"));
        given().auth().oauth2(LIDONG_OFFICE).get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.countyAdmin("445322")).get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.township("445322100")).get(path).then().statusCode(403)
                .contentType(equalTo("application/problem+json")).body("type", endsWith("/forbidden"));
        given().auth().oauth2(TestTokens.countyAdmin("61")).get(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).get(path).then().statusCode(403);
        given().get(path).then().statusCode(401);
        given().auth().oauth2(LIDONG_OFFICE).get("/api/v1/intake-jobs/987654321").then().statusCode(404)
                .contentType(equalTo("application/problem+json")).body("type", endsWith("/intake-job-not-found"));
        given().auth().oauth2(LIDONG_OFFICE).get("/api/v1/intake-jobs").then().statusCode(200)
                .body("[0].id", equalTo((int) Long.parseLong(path.substring(path.lastIndexOf('/') + 1))))
                .body("[0].counts.files", equalTo(1));
        awaitDone(LIDONG_OFFICE, path);
    }

    @Test
    void refusesAnUploadWithoutFilesOrFromAReader() {
        given().auth().oauth2(LIDONG_OFFICE).config(ReportUploadTest.UTF8).multiPart("title", "年度报告")
                .post("/api/v1/intake-jobs").then().statusCode(400)
                .contentType(equalTo("application/problem+json")).body("type", endsWith("/invalid-request"))
                .body("violations[0].field", equalTo("files"));
        upload(TestTokens.reader(), Map.of("r.txt", lidong(2015).getBytes(StandardCharsets.UTF_8))).statusCode(403)
                .contentType(equalTo("application/problem+json"));
        given().auth().oauth2(LIDONG_OFFICE).contentType("application/json").body("{}")
                .post("/api/v1/intake-jobs").then().statusCode(415).contentType(equalTo("application/problem+json"));
    }

    @Test
    void refusesAZipBombAndAnUnreadableArchiveFileByFile() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("bomb.zip", zipBomb("zeros.txt", 21));
        parts.put("broken.zip", TestDocuments.binary(4096));
        String location = upload(TestTokens.countryAdmin(), parts).statusCode(202)
                .body("counts.refused", equalTo(2)).extract().header("Location");
        JsonPath job = awaitDone(TestTokens.countryAdmin(), location);
        assertThat(job.getList("files.name")).containsExactly("zeros.txt", "broken.zip");
        assertRefused(job, 0, 413, "file-too-large");
        assertRefused(job, 1, 422, "malformed-document");
    }

    private void waiting(long jobId, int position, String name, String text, String state, Instant claimedAt) {
        IntakeFile file = new IntakeFile();
        file.jobId = jobId;
        file.position = position;
        file.name = name;
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        file.sizeBytes = content.length;
        file.state = state;
        file.attempts = claimedAt == null ? 0 : 1;
        file.claimedAt = claimedAt;
        files.persist(file);
        files.persistContent(file.id, content);
    }

    private static void assertStored(JsonPath job, int i, int year) {
        String f = "files[" + i + "].";
        assertThat(job.getString(f + "state")).isEqualTo("STORED");
        assertThat(job.getString(f + "townshipCode")).isEqualTo(LIDONG);
        assertThat(job.getString(f + "township")).isEqualTo("历洞镇");
        assertThat(job.getInt(f + "year")).isEqualTo(year);
        long id = job.getLong(f + "reportId");
        given().auth().oauth2(LIDONG_OFFICE).get("/api/v1/reports/" + id).then().statusCode(200)
                .body("townshipCode", equalTo(LIDONG)).body("year", equalTo(year))
                .body("version", equalTo(job.getInt(f + "version")));
    }

    private static void assertRefused(JsonPath job, int i, int status, String slug) {
        String f = "files[" + i + "].";
        assertThat(job.getString(f + "state")).isEqualTo("REFUSED");
        assertThat(job.getInt(f + "refusal.status")).isEqualTo(status);
        assertThat(job.getString(f + "refusal.type")).isEqualTo("https://fazhi.io/problems/" + slug);
        assertThat(job.getString(f + "refusal.title")).isNotBlank();
        assertThat(job.getString(f + "refusal.detail")).isNotBlank();
        assertThat(job.getString(f + "reportId")).isNull();
    }

    private static JsonPath awaitDone(String token, String location) {
        String path = location.substring(location.indexOf("/api/"));
        JsonPath[] last = new JsonPath[1];
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            last[0] = given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath();
            return "DONE".equals(last[0].getString("state"));
        });
        return last[0];
    }

    private static io.restassured.response.ValidatableResponse upload(String token, Map<String, byte[]> parts) {
        RequestSpecification request = given().auth().oauth2(token).config(ReportUploadTest.UTF8);
        for (var part : parts.entrySet()) {
            request = request.multiPart("files", part.getKey(), part.getValue(), "application/octet-stream");
        }
        return request.post("/api/v1/intake-jobs").then();
    }

    private static String lidong(int year) {
        return "郁南县历洞镇人民政府\n" + year + " 年度法治政府建设报告\n一、主要举措和成效\n"
                + "我镇全年开展普法宣传活动12次，发放宣传资料7500余份，依法化解矛盾纠纷36件。" + UUID.randomUUID();
    }

    /** Starts like a ZIP (as a .docx does), then nothing a ZIP reader can follow. */
    private static byte[] damagedDocx() {
        byte[] bytes = TestDocuments.binary(3000);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;
        return bytes;
    }

    /** A zip of about 20 KB whose one entry inflates to {@code megabytes} MB of zeros. */
    private static byte[] zipBomb(String name, int megabytes) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            byte[] block = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
