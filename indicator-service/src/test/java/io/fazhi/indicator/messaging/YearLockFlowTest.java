package io.fazhi.indicator.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fazhi.devtokens.TestTokens;
import io.fazhi.indicator.repository.ExtractionRepository;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * A county's year locked by submission-service (YearLockChanged over the real broker): corrections and
 * re-extraction of that year are refused with 409 and change nothing; an older revision never reopens it; the
 * unlock lets them through again.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class YearLockFlowTest {

    private static final String CODE = "445322405";
    private static final int YEAR = 2017;
    private static final String OPEN = "445322406"; // same county, a year nobody locked
    private static final String PATH = "/api/v1/indicators/" + CODE + "/" + YEAR;
    private static final Map<String, Object> CORRECTION = Map.of("key", "publicity.events", "action", "correct",
            "value", 12, "reason", "台账记载全年12次");

    @Inject
    ExtractionRepository extractions;

    @Test
    void aLockedYearRefusesCorrectionsAndReextractionUntilUnlocked() {
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        probe.send("fazhi.reports.submitted", CODE + ":" + YEAR, ReportEvents.reportSubmitted(CODE, YEAR, 1,
                "全年开展普法宣传活动8次。"));
        probe.send("fazhi.reports.submitted", OPEN + ":" + (YEAR - 1), ReportEvents.reportSubmitted(OPEN, YEAR - 1, 1,
                "全年开展普法宣传活动5次。"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(PATH).then().statusCode(200));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .get("/api/v1/indicators/" + OPEN + "/" + (YEAR - 1)).then().statusCode(200));
        String admin = TestTokens.countyAdmin("445322");

        probe.send("fazhi.years.locks", "445322:" + YEAR, lockChange("a1", true, 1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> correct(admin).statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://fazhi.io/problems/year-locked")));
        QuarkusTransaction.requiringNew().run(() -> {
            extractions.findLatest(CODE, YEAR).orElseThrow().extractorVersion = "0.9.0+catalog.0";
            extractions.findLatest(OPEN, YEAR - 1).orElseThrow().extractorVersion = "0.9.0+catalog.0";
        });
        given().auth().oauth2(admin).queryParam("area", CODE).post("/api/v1/admin/reextractions").then()
                .statusCode(409).body("type", equalTo("https://fazhi.io/problems/year-locked"));
        given().auth().oauth2(admin).queryParam("area", "445322").post("/api/v1/admin/reextractions").then()
                .statusCode(200).body("reextracted", equalTo(1)).body("heldByLock", equalTo(1));
        given().get(PATH).then().body("values.find { it.key == 'publicity.events' }.value", equalTo(8));

        probe.send("fazhi.years.locks", "445322:" + YEAR, lockChange("a0", false, 0)); // older: changes nothing
        probe.send("fazhi.years.locks", "445322:" + YEAR, lockChange("a2", false, 2));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> correct(admin).statusCode(201));
        given().get(PATH).then().body("values.find { it.key == 'publicity.events' }.value", equalTo(12));
        given().auth().oauth2(admin).queryParam("area", CODE).post("/api/v1/admin/reextractions").then()
                .statusCode(200).body("heldByLock", equalTo(0));
    }

    private static io.restassured.response.ValidatableResponse correct(String admin) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON).body(CORRECTION)
                .post(PATH + "/corrections").then();
    }

    private static String lockChange(String id, boolean locked, int revision) {
        return "{\"eventId\":\"lock-" + id + "-" + YEAR + "\",\"occurredAt\":\"2026-12-03T08:00:00Z\","
                + "\"schemaVersion\":1,\"area\":\"445322\",\"year\":" + YEAR + ",\"locked\":" + locked
                + ",\"revision\":" + revision + ",\"changedBy\":\"admin-445322\",\"reason\":\"考核结果发布\"}";
    }
}
