package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.devtokens.TestTokens;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.fazhi.submission.registry.Township;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * A county locks its year: new versions, returns and accepts are refused with 409 and nothing changes; only an
 * administrator of the same or an enclosing area unlocks it, with a reason; every step is kept and published.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class YearLockTest {

    private static final int YEAR = 2019;
    private final ObjectMapper json = new ObjectMapper();

    private static ValidatableResponse submit(String token, String code, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(ReportSamples.report(code, YEAR, text)).post("/api/v1/reports").then();
    }

    private static ValidatableResponse lock(String token, String area, String action, Object body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/v1/locks/" + area + "/" + YEAR + action).then();
    }

    @Test
    void administratorsLockingAtTheSameMomentGetOneLockAndConflicts() throws Exception {
        String area = "441702"; // a county no other test locks
        String admin = TestTokens.countyAdmin(area);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return lock(admin, area, "", Map.of("reason", "同时发布")).extract().statusCode();
            }));
        }
        start.countDown();
        List<Integer> codes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> a : answers) {
            codes.add(a.get());
        }
        pool.shutdown();
        assertThat(codes).containsOnly(200, 409);
        assertThat(codes).filteredOn(c -> c == 200).hasSize(1);
        given().auth().oauth2(admin).get("/api/v1/locks/" + area + "/" + YEAR).then().statusCode(200)
                .body("locked", equalTo(true)).body("revision", equalTo(1)).body("history.action", contains("LOCK"));
    }

    @Test
    void aLockedYearRefusesChangesUntilAnAdministratorOfAnEnclosingAreaUnlocksIt() throws Exception {
        Township t = ReportSamples.freshTownship();
        String county = TestTokens.countyAdmin(t.countyCode());
        String province = TestTokens.countyAdmin(t.countyCode().substring(0, 2));
        String township = TestTokens.township(t.code());
        String text = ReportSamples.text("locked year");
        int id = submit(township, t.code(), text).statusCode(201).extract().path("id");

        lock(township, t.countyCode(), "", Map.of()).statusCode(403);
        lock(TestTokens.countyAdmin("110101"), t.countyCode(), "", Map.of()).statusCode(403);
        lock(county, t.countyCode(), "", Map.of("reason", "2019年度考核结果发布")).statusCode(200)
                .body("locked", equalTo(true)).body("revision", equalTo(1)).body("changedBy",
                        equalTo("admin-" + t.countyCode()));
        try {
            lock(county, t.countyCode(), "", Map.of()).statusCode(409)
                    .body("type", equalTo("https://fazhi.io/problems/year-locked"));
            submit(township, t.code(), ReportSamples.text("a new version")).statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://fazhi.io/problems/year-locked"));
            submit(township, t.code(), text).statusCode(200).body("id", equalTo(id)); // the stored one, unchanged
            given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of())
                    .post("/api/v1/reports/" + id + "/accept").then().statusCode(409)
                    .body("type", equalTo("https://fazhi.io/problems/year-locked"));
            given().auth().oauth2(township).get("/api/v1/reports/" + id).then().body("status", equalTo("SUBMITTED"))
                    .body("version", equalTo(1));
            given().auth().oauth2(county).get("/api/v1/locks/" + t.code() + "/" + YEAR).then().statusCode(200)
                    .body("locked", equalTo(false)).body("lockedByEnclosingAreas", contains(t.countyCode()));

            lock(county, t.countyCode(), "/unlock", Map.of()).statusCode(400);
            lock(township, t.countyCode(), "/unlock", Map.of("reason", "x")).statusCode(403);
        } finally {
            lock(province, t.countyCode(), "/unlock", Map.of("reason", "更正一处数据后重新发布")).statusCode(200)
                    .body("locked", equalTo(false)).body("revision", equalTo(2));
        }
        lock(county, t.countyCode(), "/unlock", Map.of("reason", "again")).statusCode(409);
        submit(township, t.code(), ReportSamples.text("a new version")).statusCode(201).body("version", equalTo(2));
        given().auth().oauth2(county).get("/api/v1/locks/" + t.countyCode() + "/" + YEAR).then().statusCode(200)
                .body("history.action", contains("LOCK", "UNLOCK"))
                .body("history[1].actor", equalTo("admin-" + t.countyCode().substring(0, 2)))
                .body("history[1].reason", equalTo("更正一处数据后重新发布"));

        List<JsonNode> changes = await().atMost(Duration.ofSeconds(20))
                .until(() -> eventsKeyed("fazhi.years.locks", t.countyCode() + ":" + YEAR), l -> l.size() == 2);
        assertThat(changes).extracting(e -> e.get("locked").asBoolean()).containsExactly(true, false);
        assertThat(changes).extracting(e -> e.get("revision").asInt()).containsExactly(1, 2);
        List<JsonNode> statuses = await().atMost(Duration.ofSeconds(20))
                .until(() -> eventsKeyed("fazhi.reports.status", t.code() + ":" + YEAR), l -> l.size() == 2);
        assertThat(statuses).extracting(e -> e.get("version").asInt()).containsExactly(1, 2);
        assertThat(statuses).extracting(e -> e.get("status").asText()).containsOnly("SUBMITTED");
        assertThat(statuses.get(0).has("text")).isFalse();
    }

    @Test
    void aReturnAndAnAcceptArePublishedAsStatusChanges() throws Exception {
        Township t = ReportSamples.freshTownship();
        String county = TestTokens.countyAdmin(t.countyCode());
        int id = submit(TestTokens.township(t.code()), t.code(), ReportSamples.text("status events")).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(county).contentType(ContentType.JSON).body(Map.of("reason", "请补充"))
                .post("/api/v1/reports/" + id + "/return").then().statusCode(200);
        List<JsonNode> statuses = await().atMost(Duration.ofSeconds(20))
                .until(() -> eventsKeyed("fazhi.reports.status", t.code() + ":" + YEAR), l -> l.size() == 2);
        assertThat(statuses).extracting(e -> e.get("status").asText()).containsExactly("SUBMITTED", "RETURNED");
        assertThat(statuses.get(1).get("reason").asText()).isEqualTo("请补充");
        assertThat(statuses.get(1).get("reportId").asLong()).isEqualTo(id);
    }

    private List<JsonNode> eventsKeyed(String topic, String key) {
        return new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers()).readAll(topic).stream()
                .filter(m -> key.equals(m.key())).map(m -> {
                    try {
                        return json.readTree(m.value());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }
}
