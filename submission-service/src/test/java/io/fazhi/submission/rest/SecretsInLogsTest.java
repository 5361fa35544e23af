package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.fazhi.devtokens.RefusedTokens;
import io.fazhi.devtokens.TestTokens;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Report texts and bearer tokens never reach the log, whether a request succeeds, is refused or fails; the test
 * profile logs io.fazhi and the JWT and security categories at DEBUG into the file read here.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class SecretsInLogsTest {

    private static final Path LOG = Path.of("target/submission-test.log");

    @Test
    void logsNeitherReportTextsNorTokens() throws IOException {
        // ASCII as well as Han: a JSON log may write Han characters as \\u escapes
        String marker = "secret-marker-" + UUID.randomUUID() + "秘密";
        String code = ReportSamples.freshTownshipCode();
        String admin = TestTokens.countryAdmin();
        String township = TestTokens.township(code);
        String forged = RefusedTokens.signedByAnotherKey();

        given().header("Authorization", TestTokens.bearer(township)).contentType(ContentType.JSON)
                .body(ReportSamples.report(code, 2021, ReportSamples.text(marker))).post("/api/v1/reports")
                .then().statusCode(201);
        given().header("Authorization", TestTokens.bearer(admin)).contentType(ContentType.JSON)
                .body(Map.of("townshipCode", "990000001", "year", 2021, "text", marker)).post("/api/v1/reports")
                .then().statusCode(422);
        given().header("Authorization", TestTokens.bearer(admin)).contentType(ContentType.JSON)
                .body("{\"text\":\"" + marker + "\",\"year\":\"x\"}").post("/api/v1/reports").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer(admin)).config(ReportUploadTest.UTF8)
                .multiPart("file", "r.txt", ("Zq镇\n" + marker).getBytes(StandardCharsets.UTF_8), "text/plain")
                .post("/api/v1/reports").then().statusCode(422);
        given().header("Authorization", TestTokens.bearer(TestTokens.township("990000001"))).contentType(ContentType.JSON)
                .body(ReportSamples.report(code, 2021, ReportSamples.text(marker + "2"))).post("/api/v1/reports")
                .then().statusCode(403);
        given().header("Authorization", TestTokens.bearer(forged)).contentType(ContentType.JSON)
                .body(Map.of("text", marker)).post("/api/v1/reports").then().statusCode(401);
        given().header("Authorization", TestTokens.bearer(RefusedTokens.expired())).get("/api/v1/reports").then().statusCode(401);

        String log = Files.readString(LOG, StandardCharsets.UTF_8);
        assertThat(log).as("the test log file is written").isNotEmpty();
        for (String secret : new String[] {marker.substring(0, 50), admin, township, forged, signatureOf(admin), signatureOf(township)}) {
            assertThat(log).doesNotContain(secret);
        }
        assertThat(log).doesNotContain("Bearer ey");
    }

    private static String signatureOf(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }
}
