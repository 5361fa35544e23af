package io.fazhi.indicator.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.fazhi.devtokens.TestTokens;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An area that publishes accepted values only (445374 in the test configuration), with statuses over the real
 * broker: readers get the indicators of accepted report versions only, while the township itself and its county's
 * administrators read every one; a new version waits for its own acceptance.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class AcceptedOnlyPublicationTest {

    private static final int YEAR = 2022;
    private static final String ACCEPTED = "445374201";
    private static final String WAITING = "445374202";

    @Test
    void readersGetAcceptedVersionsOnly() {
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        probe.send("fazhi.reports.submitted", ACCEPTED + ":" + YEAR, ReportEvents.reportSubmitted(ACCEPTED, YEAR, 1,
                "全年开展普法宣传活动8次。"));
        probe.send("fazhi.reports.submitted", WAITING + ":" + YEAR, ReportEvents.reportSubmitted(WAITING, YEAR, 1,
                "全年开展普法宣传活动5次。"));
        status(probe, "i1", ACCEPTED, 1, "ACCEPTED", "09:00");
        status(probe, "i2", WAITING, 1, "SUBMITTED", "09:00");
        String admin = TestTokens.countyAdmin("445374");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(admin)
                .queryParam("area", "445374").queryParam("year", YEAR).get("/api/v1/indicators").then()
                .statusCode(200).body("townshipCode", contains(ACCEPTED, WAITING)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(path(ACCEPTED)).then()
                .statusCode(200));

        given().get(path(WAITING)).then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("not published"));
        given().queryParam("area", "445374").queryParam("year", YEAR).get("/api/v1/indicators").then()
                .statusCode(200).body("townshipCode", contains(ACCEPTED));
        given().auth().oauth2(TestTokens.township(WAITING)).get(path(WAITING)).then().statusCode(200);
        given().auth().oauth2(TestTokens.township(ACCEPTED)).get(path(WAITING)).then().statusCode(404);
        given().auth().oauth2(TestTokens.countyAdmin("445322")).get(path(WAITING)).then().statusCode(404);

        // a new version of the accepted report: withheld until the county accepts it in turn
        probe.send("fazhi.reports.submitted", ACCEPTED + ":" + YEAR, ReportEvents.reportSubmitted(ACCEPTED, YEAR, 2,
                "全年开展普法宣传活动9次。"));
        status(probe, "i3", ACCEPTED, 2, "SUBMITTED", "10:00");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(path(ACCEPTED)).then()
                .statusCode(404));
        status(probe, "i4", ACCEPTED, 2, "ACCEPTED", "11:00");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(path(ACCEPTED)).then()
                .statusCode(200).body("reportVersion", equalTo(2)));
    }

    private static String path(String code) {
        return "/api/v1/indicators/" + code + "/" + YEAR;
    }

    private static void status(TopicProbe probe, String id, String code, int version, String status, String time) {
        probe.send("fazhi.reports.status", code + ":" + YEAR, "{\"eventId\":\"ind-pub-" + id + "\",\"occurredAt\":"
                + "\"2023-02-20T" + time + ":00Z\",\"schemaVersion\":1,\"reportId\":" + (80 + version)
                + ",\"townshipCode\":\"" + code + "\",\"township\":\"测试镇\",\"year\":" + YEAR + ",\"version\":"
                + version + ",\"status\":\"" + status + "\",\"reason\":null,\"submittedAt\":"
                + "\"2023-02-20T08:00:00Z\",\"late\":false}");
    }
}
