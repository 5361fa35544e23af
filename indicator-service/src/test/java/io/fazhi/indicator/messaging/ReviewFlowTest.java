package io.fazhi.indicator.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
 * A county reviewer corrects a wrong value through the API, over the real broker and database: the reviewer's value
 * wins in the indicators API and in IndicatorsComputed, survives re-extraction, follows a new report version that keeps
 * its words, goes back to the review queue when they vanish, and every step is in the audit trail.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class ReviewFlowTest {

    private static final String CODE = "445322402";
    private static final int YEAR = 2022;
    private static final String PATH = "/api/v1/indicators/" + CODE + "/" + YEAR;
    private static final String WORDS = "开展普法宣传活动8次";
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    ExtractionRepository extractions;

    @Test
    void aCorrectionWinsSurvivesReextractionFollowsItsWordsAndIsAudited() throws Exception {
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        submit(probe, 1, "全年" + WORDS + "，化解矛盾纠纷36件。");
        await().atMost(Duration.ofSeconds(20)).until(() -> events(probe).size() == 1);
        assertThat(value(events(probe).get(0), "publicity.events").get("value").asInt()).isEqualTo(8);

        given().auth().oauth2(TestTokens.countyAdmin("445322")).contentType(ContentType.JSON)
                .body(Map.of("key", "publicity.events", "action", "correct", "value", 12, "quote", WORDS,
                        "reason", "台账记载全年12次"))
                .post(PATH + "/corrections").then().statusCode(201).body("status", equalTo("active"))
                .body("quoteStart", equalTo(2)).body("reviewer", equalTo("admin-445322"));
        given().get(PATH).then().statusCode(200)
                .body("values.find { it.key == 'publicity.events' }.value", equalTo(12))
                .body("values.find { it.key == 'publicity.events' }.source", equalTo("reviewed"))
                .body("values.find { it.key == 'publicity.events' }.reviewedBy", equalTo("admin-445322"))
                .body("values.find { it.key == 'disputes.disputes_resolved' }.source", equalTo("machine"))
                .body("indicators.find { it.key == 'publicity.events' }.value", equalTo(8));
        await().atMost(Duration.ofSeconds(20)).until(() -> events(probe).size() == 2);
        JsonNode corrected = value(events(probe).get(1), "publicity.events");
        assertThat(corrected.get("value").asInt()).isEqualTo(12);
        assertThat(corrected.get("source").asText()).isEqualTo("reviewed");
        assertThat(corrected.get("evidence").get(0).get("quote").asText()).isEqualTo(WORDS);

        // an extractor upgrade reads the report again: the reviewer's value is still the one in force
        QuarkusTransaction.requiringNew().run(() -> extractions.findLatest(CODE, YEAR).orElseThrow()
                .extractorVersion = "0.9.0+catalog.0");
        given().auth().oauth2(TestTokens.countyAdmin("445322")).queryParam("area", CODE).post("/api/v1/admin/reextractions")
                .then().statusCode(200).body("reextracted", equalTo(1));
        await().atMost(Duration.ofSeconds(20)).until(() -> events(probe).size() == 3);
        assertThat(value(events(probe).get(2), "publicity.events").get("value").asInt()).isEqualTo(12);

        // a new version that keeps the cited words: the correction follows it
        submit(probe, 2, "全年" + WORDS + "，化解矛盾纠纷40件。");
        await().atMost(Duration.ofSeconds(20)).until(() -> events(probe).size() == 4);
        assertThat(value(events(probe).get(3), "publicity.events").get("value").asInt()).isEqualTo(12);
        assertThat(value(events(probe).get(3), "disputes.disputes_resolved").get("value").asInt()).isEqualTo(40);

        // a new version without them: back in the queue, the machine's value in force again
        submit(probe, 3, "全年开展普法活动10次。");
        await().atMost(Duration.ofSeconds(20)).until(() -> events(probe).size() == 5);
        JsonNode machine = value(events(probe).get(4), "publicity.events");
        assertThat(machine.get("value").asInt()).isEqualTo(10);
        assertThat(machine.get("source").asText()).isEqualTo("machine");
        given().auth().oauth2(TestTokens.countyAdmin("445322")).queryParam("area", "445322").queryParam("year", YEAR)
                .get("/api/v1/indicators/review-queue").then().statusCode(200)
                .body("findAll { it.townshipCode == '" + CODE + "' && it.why == 'words-vanished' }.key",
                        contains("publicity.events"))
                .body("findAll { it.townshipCode == '" + CODE + "' && it.why == 'changed-by-new-version' }.key",
                        containsInAnyOrder("publicity.events", "disputes.disputes_resolved"))
                .body("find { it.townshipCode == '" + CODE + "' && it.why == 'changed-by-new-version' "
                        + "&& it.key == 'publicity.events' }.reasons", contains("version 2: 12"))
                .body("find { it.townshipCode == '" + CODE + "' && it.why == 'changed-by-new-version' "
                        + "&& it.key == 'disputes.disputes_resolved' }.value", nullValue());
        given().auth().oauth2(TestTokens.township(CODE)).get(PATH + "/corrections").then().statusCode(200)
                .body("status", contains("queued"));
        given().auth().oauth2(TestTokens.township(CODE)).get(PATH + "/audit").then().statusCode(200)
                .body("step", contains("corrected", "carried-over", "queued"))
                .body("[0].oldValue", equalTo(8)).body("[0].newValue", equalTo(12))
                .body("[0].reason", equalTo("correct: 台账记载全年12次")).body("[0].actor", equalTo("admin-445322"))
                .body("[1].reportVersion", equalTo(2)).body("[2].reportVersion", equalTo(3));
    }

    @Test
    void aCorrectionThatCannotBeAppliedIsRefusedWithProblemJsonAndNothingIsStored() {
        String code = "445322403";
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        probe.send("fazhi.reports.submitted", code + ":" + YEAR, ReportEvents.reportSubmitted(code, YEAR, 1,
                "全年开展普法宣传活动8次。"));
        String path = "/api/v1/indicators/" + code + "/" + YEAR;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(path).then().statusCode(200));
        String admin = TestTokens.countyAdmin("445322");
        List<Map<String, Object>> wrong = List.of(
                Map.of("key", "publicity.events", "action", "correct", "value", 12, "reason", " "),
                Map.of("key", "publicity.events", "action", "correct", "value", 12, "reason", "r",
                        "quote", "开展普法宣传活动80次"),
                Map.of("key", "publicity.nothing", "action", "add", "value", 1, "reason", "r"),
                Map.of("key", "publicity.events", "action", "add", "value", 1, "reason", "r"),
                Map.of("key", "decision.legal_adviser", "action", "add", "value", 2, "reason", "r"),
                Map.of("key", "publicity.events", "action", "undo", "reason", "r"),
                Map.of("key", "publicity.events", "action", "remove", "value", 3, "reason", "r"));
        for (Map<String, Object> body : wrong) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(body).post(path + "/corrections").then()
                    .statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://fazhi.io/problems/invalid-correction"));
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"key\":").post(path + "/corrections")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).get(path + "/corrections").then().statusCode(200).body("$", hasSize(0));
        given().auth().oauth2(admin).get(path + "/audit").then().statusCode(200).body("$", hasSize(0));
        given().get(path).then().body("values.find { it.key == 'publicity.events' }.value", equalTo(8));
    }

    /** Five plausible reports and one with 900 events in one area: the outlier is in the queue with its rule. */
    @Test
    void anOutlierAmongAnAreasReportsIsQueuedWithItsRuleUntilConfirmed() {
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        int[] events = {8, 10, 12, 9, 11, 900};
        for (int i = 0; i < events.length; i++) {
            String code = "445323" + (101 + i);
            probe.send("fazhi.reports.submitted", code + ":" + YEAR, ReportEvents.reportSubmitted(code, YEAR, 1,
                    "全年开展普法宣传活动" + events[i] + "次。"));
        }
        String admin = TestTokens.countyAdmin("445323");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin)
                .queryParam("area", "445323").queryParam("year", YEAR).get("/api/v1/indicators/review-queue").then()
                .statusCode(200).body("findAll { it.why == 'outlier' }.townshipCode", contains("445323106"))
                .body("find { it.why == 'outlier' }.reasons[0]", org.hamcrest.Matchers.startsWith(
                        "modified z-score 400.0 against the median 10.5 of 6 townships"))
                // replaced by the others' median (10) it would pass 8 and 9 on the ranking: the queue's first item
                .body("[0].why", equalTo("outlier")).body("[0].rankShift", equalTo(2))
                .body("[0].townshipsStating", equalTo(6)));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("key", "publicity.events", "action", "confirm", "reason", "镇里确有900场进村宣讲"))
                .post("/api/v1/indicators/445323106/" + YEAR + "/corrections").then().statusCode(201);
        given().auth().oauth2(admin).queryParam("area", "445323").queryParam("year", YEAR)
                .get("/api/v1/indicators/review-queue").then().statusCode(200)
                .body("findAll { it.why == 'outlier' }", hasSize(0));
    }

    @Test
    void onlyCountyAdministratorsOfAnEnclosingAreaReview() {
        String body = "{\"key\":\"publicity.events\",\"action\":\"confirm\",\"reason\":\"r\"}";
        String path = "/api/v1/indicators/445322499/" + YEAR;
        given().contentType(ContentType.JSON).body(body).post(path + "/corrections").then().statusCode(401);
        given().auth().oauth2(TestTokens.township("445322499")).contentType(ContentType.JSON).body(body)
                .post(path + "/corrections").then().statusCode(403);
        given().auth().oauth2(TestTokens.countyAdmin("445321")).contentType(ContentType.JSON).body(body)
                .post(path + "/corrections").then().statusCode(403);
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(body)
                .post(path + "/corrections").then().statusCode(403);
        given().auth().oauth2(TestTokens.township("445322498")).get(path + "/audit").then().statusCode(403);
        given().get(path + "/audit").then().statusCode(401);
        given().auth().oauth2(TestTokens.countyAdmin("445321")).queryParam("area", "445322").queryParam("year", YEAR)
                .get("/api/v1/indicators/review-queue").then().statusCode(403);
        given().auth().oauth2(TestTokens.township("445322499")).queryParam("area", "445322").queryParam("year", YEAR)
                .get("/api/v1/indicators/review-queue").then().statusCode(403);
        given().auth().oauth2(TestTokens.countyAdmin("445322")).contentType(ContentType.JSON).body(body)
                .post(path + "/corrections").then().statusCode(404);
        given().auth().oauth2(TestTokens.countyAdmin("445322")).queryParam("area", "4453x").queryParam("year", YEAR)
                .get("/api/v1/indicators/review-queue").then().statusCode(400).body("violations.field",
                        hasItem(org.hamcrest.Matchers.containsString("area")));
    }

    private void submit(TopicProbe probe, int version, String text) {
        probe.send("fazhi.reports.submitted", CODE + ":" + YEAR, ReportEvents.reportSubmitted(CODE, YEAR, version, text));
    }

    private List<JsonNode> events(TopicProbe probe) {
        return probe.readAll("fazhi.indicators.computed").stream().filter(m -> (CODE + ":" + YEAR).equals(m.key()))
                .map(m -> {
                    try {
                        return json.readTree(m.value());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    private static JsonNode value(JsonNode event, String key) {
        for (JsonNode v : event.get("indicators")) {
            if (v.get("key").asText().equals(key)) {
                return v;
            }
        }
        throw new AssertionError(key + " not in " + event);
    }
}
