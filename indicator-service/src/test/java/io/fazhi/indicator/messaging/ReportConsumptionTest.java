package io.fazhi.indicator.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.commons.outbox.Outbox;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class ReportConsumptionTest {

    private static final String REPORTS = "fazhi.reports.submitted";
    private static final String COMPUTED = "fazhi.indicators.computed";
    private static final String DLQ = "fazhi.reports.submitted.dlq";
    private static final String TEXT = "2023年，我镇聘请律师担任常年法律顾问，全年开展普法宣传活动12次，发放宣传资料3000余份。";

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    Outbox outbox;

    private TopicProbe probe() {
        return new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
    }

    @Test
    void storesIndicatorsOfAConsumedReportAndPublishesIndicatorsComputed() throws Exception {
        probe().send(REPORTS, "445322301:2023", ReportEvents.reportSubmitted("445322301", 2023, 1, TEXT));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/indicators/445322301/2023")
                .then().statusCode(200)
                .body("reportVersion", equalTo(1))
                .body("indicators.key", hasItem("publicity.events")));

        // the event leaves through the outbox relay, just after the transaction that stored the values
        List<JsonNode> computed = await().atMost(Duration.ofSeconds(20))
                .until(() -> computedFor("445322301:2023"), events -> events.size() == 1);
        JsonNode event = computed.get(0);
        assertThat(event.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(event.get("extractorVersion").asText()).isNotBlank();
        JsonNode events = find(event.get("indicators"), "publicity.events");
        assertThat(events.get("value").decimalValue()).isEqualByComparingTo("12");
        assertThat(events.get("direction").asText()).isEqualTo("up");
        assertThat(events.get("evidence").get(0).get("quote").asText()).contains("普法宣传活动12次");
    }

    @Test
    void ignoresARedeliveredEventAndAnOlderVersion() throws Exception {
        String v2 = ReportEvents.reportSubmitted("445322302", 2023, 2, TEXT.replace("12次", "15次"));
        probe().send(REPORTS, "445322302:2023", v2);
        await().atMost(Duration.ofSeconds(20)).until(() -> computedFor("445322302:2023").size() == 1);

        probe().send(REPORTS, "445322302:2023", v2);
        probe().send(REPORTS, "445322302:2023", ReportEvents.reportSubmitted("445322302", 2023, 1, TEXT));
        String marker = ReportEvents.reportSubmitted("445322303", 2023, 1, TEXT);
        probe().send(REPORTS, "445322303:2023", marker);
        await().atMost(Duration.ofSeconds(20)).until(() -> computedFor("445322303:2023").size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.pending() == 0);

        assertThat(computedFor("445322302:2023")).hasSize(1);
        given().get("/api/v1/indicators/445322302/2023").then().statusCode(200)
                .body("reportVersion", equalTo(2));
    }

    @Test
    void parksAnUnreadableMessageWithItsReasonAndGoesOn() {
        probe().send(REPORTS, "445322304:2023", "{not json");
        probe().send(REPORTS, "445322304:2023", "{\"eventId\":\"x\",\"schemaVersion\":1}");
        probe().send(REPORTS, "445322305:2023", ReportEvents.reportSubmitted("445322305", 2023, 1, TEXT));

        await().atMost(Duration.ofSeconds(20)).until(() -> computedFor("445322305:2023").size() == 1);
        // the two unreadable records may sit on another partition than the readable one
        List<TopicProbe.Message> parked = await().atMost(Duration.ofSeconds(20)).until(() -> probe().readAll(DLQ)
                .stream().filter(m -> "445322304:2023".equals(m.key())).toList(), list -> list.size() == 2);
        assertThat(parked.get(0).headers().get("x-dlq-reason")).contains("not a ReportSubmitted JSON document");
        assertThat(parked.get(1).headers().get("x-dlq-reason")).contains("required field is missing");
        assertThat(parked.get(0).headers()).containsEntry("x-original-topic", REPORTS);
    }

    @Test
    void anUnreadableRecordAmongOthersOfOnePollIsParkedAloneAndTheOthersAreExtractedOnce() {
        // one key, so one partition: the records are handled in order, and together when one poll brings them
        String key = "445322306:2023";
        probe().send(REPORTS, key, ReportEvents.reportSubmitted("445322306", 2023, 1, TEXT));
        probe().send(REPORTS, key, "{not json either");
        probe().send(REPORTS, key, ReportEvents.reportSubmitted("445322307", 2023, 1, TEXT));
        probe().send(REPORTS, key, ReportEvents.reportSubmitted("445322308", 2023, 1, TEXT));

        await().atMost(Duration.ofSeconds(30)).until(() -> computedFor("445322308:2023").size() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> outbox.pending() == 0);
        assertThat(computedFor("445322306:2023")).hasSize(1);
        assertThat(computedFor("445322307:2023")).hasSize(1);
        assertThat(await().atMost(Duration.ofSeconds(20)).until(() -> probe().readAll(DLQ).stream()
                .filter(m -> key.equals(m.key())).toList(), list -> !list.isEmpty()))
                .singleElement().satisfies(m -> assertThat(m.headers().get("x-dlq-reason"))
                        .contains("not a ReportSubmitted JSON document"));
    }

    private List<JsonNode> computedFor(String key) {
        return probe().readAll(COMPUTED).stream().filter(m -> key.equals(m.key())).map(m -> {
            try {
                return json.readTree(m.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static JsonNode find(JsonNode indicators, String key) {
        for (JsonNode n : indicators) {
            if (key.equals(n.get("key").asText())) {
                return n;
            }
        }
        throw new AssertionError("no indicator " + key + " in " + indicators);
    }
}
