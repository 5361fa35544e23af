package io.fazhi.dashboard.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A year locked by its county (YearLockChanged over the real broker): the rankings name the lock and stay
 * byte-identical while readings still arrive (they wait), and the unlock applies what waited.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class YearLockRankingTest {

    private static final String AREA = "445371";
    private static final int YEAR = 2023;

    @Test
    void aLockedYearIsServedAsLockedUntilTheUnlockAppliesWhatCameMeanwhile() throws Exception {
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        publish(probe, "445371101", IndicatorEvents.of("445371101", YEAR, 1).value("publicity.events", 12, false, "up"));
        publish(probe, "445371102", IndicatorEvents.of("445371102", YEAR, 1).value("publicity.events", 30, false, "up"));
        publish(probe, "445371103", IndicatorEvents.of("445371103", YEAR, 1).value("publicity.events", 20, false, "up"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> indicator().body("entries.townshipCode",
                contains("445371102", "445371103", "445371101")).body("lock", nullValue()));

        probe.send("fazhi.years.locks", AREA + ":" + YEAR, lockChange("l1", true, 1));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> indicator().body("lock.area", equalTo(AREA))
                .body("lock.lockedBy", equalTo("admin-" + AREA)).body("lock.revision", equalTo(1)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> composite().body("lock.area", equalTo(AREA)));
        byte[] indicatorBefore = indicator().extract().asByteArray();
        byte[] compositeBefore = composite().extract().asByteArray();

        // readings computed before the lock reached indicator-service still arrive: they wait
        publish(probe, "445371101", IndicatorEvents.of("445371101", YEAR, 2).value("publicity.events", 90, false, "up"));
        publish(probe, "445371104", IndicatorEvents.of("445371104", YEAR, 1).value("publicity.events", 5, false, "up"));
        Thread.sleep(2_000); // longer than the consumer and the ranking cache need to show a change
        assertThat(indicator().extract().asByteArray()).isEqualTo(indicatorBefore);
        assertThat(composite().extract().asByteArray()).isEqualTo(compositeBefore);

        probe.send("fazhi.years.locks", AREA + ":" + YEAR, lockChange("l2", false, 2));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> indicator().body("lock", nullValue())
                .body("entries.townshipCode", contains("445371101", "445371102", "445371103", "445371104")));
    }

    private static void publish(TopicProbe probe, String code, IndicatorEvents event) {
        probe.send("fazhi.indicators.computed", code + ":" + YEAR, event.json());
    }

    private static io.restassured.response.ValidatableResponse indicator() {
        return given().queryParam("area", AREA).queryParam("year", YEAR).queryParam("indicator", "publicity.events")
                .get("/api/v1/rankings").then().statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse composite() {
        return given().queryParam("area", AREA).queryParam("year", YEAR).get("/api/v1/rankings").then()
                .statusCode(200);
    }

    private static String lockChange(String id, boolean locked, int revision) {
        return "{\"eventId\":\"dash-lock-" + id + "\",\"occurredAt\":\"2026-12-03T08:00:00Z\",\"schemaVersion\":1,"
                + "\"area\":\"" + AREA + "\",\"year\":" + YEAR + ",\"locked\":" + locked + ",\"revision\":" + revision
                + ",\"changedBy\":\"admin-" + AREA + "\",\"reason\":\"考核结果发布\"}";
    }
}
