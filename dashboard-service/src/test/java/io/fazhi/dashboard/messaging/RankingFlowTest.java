package io.fazhi.dashboard.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class RankingFlowTest {

    private static final String TOPIC = "fazhi.indicators.computed";

    private TopicProbe probe() {
        return new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
    }

    private void publish(IndicatorEvents event, String code, int year) {
        probe().send(TOPIC, code + ":" + year, event.json());
    }

    @Test
    void ranksConsumedIndicatorsByDirectionWithSharedRanksForTies() {
        publish(IndicatorEvents.of("445301101", 2023, 1).value("publicity.events", 12, false, "up")
                .value("disputes.admin_litigation_cases", 2, false, "down")
                .value("enforcement.penalty_cases", 150, false, "none"), "445301101", 2023);
        publish(IndicatorEvents.of("445301102", 2023, 1).value("publicity.events", 30, true, "up")
                .value("disputes.admin_litigation_cases", 0, false, "down")
                .value("enforcement.penalty_cases", 20, false, "none"), "445301102", 2023);
        publish(IndicatorEvents.of("445301103", 2023, 1).value("publicity.events", 12, false, "up")
                .value("disputes.admin_litigation_cases", 0, false, "down"), "445301103", 2023);
        publish(IndicatorEvents.of("445301104", 2023, 1).value("publicity.events", 40, false, "up"), "445301104", 2023);
        publish(IndicatorEvents.of("445301105", 2023, 1).value("publicity.events", 5, false, "up"), "445301105", 2023);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .queryParam("area", "445301").queryParam("year", 2023).queryParam("indicator", "publicity.events")
                .get("/api/v1/rankings").then().statusCode(200)
                .body("entries", hasSize(5))
                .body("entries.townshipCode", contains("445301104", "445301102", "445301101", "445301103", "445301105"))
                .body("entries.rank", contains(1, 2, 3, 3, 5))
                .body("entries[1].approx", equalTo(true)));

        given().queryParam("area", "445301").queryParam("year", 2023)
                .queryParam("indicator", "disputes.admin_litigation_cases")
                .get("/api/v1/rankings").then().statusCode(200)
                .body("entries.rank", contains(1, 1, 3))
                .body("entries[2].townshipCode", equalTo("445301101"));
        given().queryParam("area", "445301").queryParam("year", 2023)
                .queryParam("indicator", "enforcement.penalty_cases")
                .get("/api/v1/rankings").then().statusCode(200)
                .body("ranked", equalTo(false))
                .body("entries[0].rank", nullValue())
                .body("entries", hasSize(2));
    }

    @Test
    void ranksPerVillageOnTheValuesIndicatorServiceDividedAndLeavesOutTownshipsWithoutAVillageCount() {
        publish(IndicatorEvents.of("445305101", 2023, 1).value("publicity.events", 40, false, "up").perVillage(2),
                "445305101", 2023); // 40 events over 20 villages
        publish(IndicatorEvents.of("445305102", 2023, 1).value("publicity.events", 12, false, "up").perVillage(4),
                "445305102", 2023); // 12 over 3
        publish(IndicatorEvents.of("445305103", 2023, 1).value("publicity.events", 30, false, "up"),
                "445305103", 2023); // no village count stated
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .queryParam("area", "445305").queryParam("year", 2023).queryParam("indicator", "publicity.events")
                .get("/api/v1/rankings").then().statusCode(200)
                .body("scale", equalTo("total"))
                .body("entries.townshipCode", contains("445305101", "445305103", "445305102")));

        given().queryParam("area", "445305").queryParam("year", 2023).queryParam("indicator", "publicity.events")
                .queryParam("scale", "per-village")
                .get("/api/v1/rankings").then().statusCode(200)
                .body("scale", equalTo("per-village"))
                .body("unit", equalTo("次/村（社区）"))
                .body("entries.townshipCode", contains("445305102", "445305101"))
                .body("entries.value", contains(4.0f, 2.0f));
        given().queryParam("area", "445305").queryParam("year", 2023).queryParam("scale", "per-village")
                .get("/api/v1/rankings").then().statusCode(400)
                .body("violations[0].field", equalTo("scale"));
        given().queryParam("area", "445305").queryParam("year", 2023).queryParam("indicator", "publicity.events")
                .queryParam("scale", "per-person")
                .get("/api/v1/rankings").then().statusCode(400);
    }

    @Test
    void aNewerReportVersionReplacesValuesAndAnOlderOrRepeatedEventChangesNothing() {
        IndicatorEvents v2 = IndicatorEvents.of("445302101", 2023, 2).value("publicity.events", 20, false, "up");
        publish(v2, "445302101", 2023);
        publish(IndicatorEvents.of("445302102", 2023, 1).value("publicity.events", 10, false, "up"), "445302102", 2023);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(valueOf("445302", "445302101")).isNotNull().isEqualTo(20f));

        publish(IndicatorEvents.of("445302101", 2023, 1).value("publicity.events", 99, false, "up"), "445302101", 2023);
        publish(v2, "445302101", 2023);
        publish(IndicatorEvents.of("445302101", 2023, 3).value("publicity.events", 7, false, "up"), "445302101", 2023);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(valueOf("445302", "445302101")).isNotNull().isEqualTo(7f));
        given().queryParam("area", "445302").queryParam("year", 2023).queryParam("indicator", "publicity.events")
                .get("/api/v1/rankings").then().body("entries.rank", contains(1, 2))
                .body("entries.townshipCode", contains("445302102", "445302101"));
    }

    @Test
    void parksUnreadableEventsAndGoesOn() {
        probe().send(TOPIC, "445303101:2023", "[]");
        publish(IndicatorEvents.of("445303102", 2023, 1).value("publicity.events", 3, false, "up"), "445303102", 2023);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(valueOf("445303", "445303102")).isNotNull().isEqualTo(3f));
        // the unreadable record may sit on another partition than the readable one
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(probe().readAll("fazhi.indicators.computed.dlq"))
                .anySatisfy(m -> assertThat(m.key()).isEqualTo("445303101:2023")));
    }

    @Test
    void ranksTheWholeCountryAsAreaCN() {
        publish(IndicatorEvents.of("445304101", 2017, 1).value("publicity.events", 9, false, "up"), "445304101", 2017);
        publish(IndicatorEvents.of("610703113", 2017, 1).value("publicity.events", 14, false, "up"), "610703113", 2017);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given()
                .queryParam("area", "CN").queryParam("year", 2017).queryParam("indicator", "publicity.events")
                .get("/api/v1/rankings").then().statusCode(200)
                .body("entries.townshipCode", contains("610703113", "445304101")));
        given().queryParam("area", "CN").queryParam("year", 2017).get("/api/v1/rankings").then().statusCode(200)
                .body("entries.townshipCode", containsInAnyOrder("610703113", "445304101"));
        given().queryParam("area", "44").queryParam("year", 2017).queryParam("indicator", "publicity.events")
                .get("/api/v1/rankings").then().statusCode(200)
                .body("entries.townshipCode", contains("445304101"));
    }

    private static Float valueOf(String area, String code) {
        return given().queryParam("area", area).queryParam("year", 2023).queryParam("indicator", "publicity.events")
                .get("/api/v1/rankings").then().statusCode(200).extract()
                .path("entries.find { it.townshipCode == '" + code + "' }.value");
    }
}
