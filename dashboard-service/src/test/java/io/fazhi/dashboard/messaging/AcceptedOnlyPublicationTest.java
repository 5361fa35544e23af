package io.fazhi.dashboard.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * An area that publishes accepted values only (445374 in the test configuration), over the real broker: readers get
 * the townships whose latest report version the county accepted, the ranking names the ones withheld, an acceptance
 * publishes a township and a new unaccepted version withholds it again; an area without the setting shows all.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class AcceptedOnlyPublicationTest {

    private static final String AREA = "445374";
    private static final int YEAR = 2023;

    @Test
    void readersSeeAcceptedReportsOnly() {
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        reading(probe, "445374101", 1, 12);
        reading(probe, "445374102", 1, 30);
        reading(probe, "445374103", 1, 20);
        status(probe, "a1", "445374101", 1, "SUBMITTED", "08:00");
        status(probe, "a2", "445374102", 1, "SUBMITTED", "08:00");
        status(probe, "a3", "445374103", 1, "SUBMITTED", "08:00");
        status(probe, "a4", "445374101", 1, "ACCEPTED", "09:00");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ranking()
                .body("entries.townshipCode", contains("445374101"))
                .body("publication.rule", equalTo("accepted-only"))
                .body("publication.withheld.townshipCode", contains("445374102", "445374103")));
        given().get("/api/v1/township-profiles/445374103").then().statusCode(404);
        given().get("/api/v1/township-profiles/445374101").then().statusCode(200).body("years.year", contains(YEAR));

        status(probe, "a5", "445374102", 1, "ACCEPTED", "10:00");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ranking()
                .body("entries.townshipCode", contains("445374102", "445374101"))
                .body("publication.withheld.townshipCode", contains("445374103")));

        // township 101 answers with a new version: its values wait for the county again
        reading(probe, "445374101", 2, 50);
        status(probe, "a6", "445374101", 2, "SUBMITTED", "11:00");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ranking()
                .body("entries.townshipCode", contains("445374102"))
                .body("publication.withheld.townshipCode", contains("445374101", "445374103")));
        given().queryParam("area", AREA).queryParam("year", YEAR).get("/api/v1/rankings").then().statusCode(200)
                .body("entries.townshipCode", contains("445374102"));

        status(probe, "a7", "445374103", 1, "ACCEPTED", "12:00");
        status(probe, "a8", "445374101", 2, "ACCEPTED", "12:00");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> ranking()
                .body("entries.townshipCode", contains("445374101", "445374102", "445374103"))
                .body("publication.withheld", empty()));
    }

    @Test
    void anAreaWithoutTheSettingPublishesEveryValue() {
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        probe.send("fazhi.indicators.computed", "445375101:" + YEAR, IndicatorEvents.of("445375101", YEAR, 1)
                .value("publicity.events", 7, false, "up").json());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().queryParam("area", "445375")
                .queryParam("year", YEAR).queryParam("indicator", "publicity.events").get("/api/v1/rankings").then()
                .statusCode(200).body("entries.townshipCode", contains("445375101")).body("publication", nullValue()));
    }

    private static ValidatableResponse ranking() {
        return given().queryParam("area", AREA).queryParam("year", YEAR).queryParam("indicator", "publicity.events")
                .get("/api/v1/rankings").then().statusCode(200);
    }

    private static void reading(TopicProbe probe, String code, int version, double value) {
        probe.send("fazhi.indicators.computed", code + ":" + YEAR, IndicatorEvents.of(code, YEAR, version)
                .value("publicity.events", value, false, "up").json());
    }

    private static void status(TopicProbe probe, String id, String code, int version, String status, String time) {
        probe.send("fazhi.reports.status", code + ":" + YEAR, "{\"eventId\":\"pub-" + id + "\",\"occurredAt\":"
                + "\"2024-02-20T" + time + ":00Z\",\"schemaVersion\":1,\"reportId\":" + (70 + version)
                + ",\"townshipCode\":\"" + code + "\",\"township\":\"测试镇" + code.substring(6) + "\",\"year\":" + YEAR
                + ",\"version\":" + version + ",\"status\":\"" + status + "\",\"reason\":null,\"submittedAt\":"
                + "\"2024-02-20T08:00:00Z\",\"late\":false}");
    }
}
