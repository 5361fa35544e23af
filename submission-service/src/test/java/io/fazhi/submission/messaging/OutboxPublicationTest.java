package io.fazhi.submission.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.fazhi.commons.outbox.Outbox;
import io.fazhi.submission.rest.DefaultCaller;
import io.fazhi.submission.rest.ReportSamples;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class OutboxPublicationTest {

    private static final String TOPIC = "fazhi.reports.submitted";
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    Outbox outbox;

    @BeforeEach
    void actAsCountryAdmin() {
        DefaultCaller.actAsCountryAdmin();
    }

    @AfterEach
    void actAnonymously() {
        DefaultCaller.actAnonymously();
    }

    @Test
    void publishesReportSubmittedWithTheTextKeyedByTownshipAndYear() throws Exception {
        String code = ReportSamples.freshTownshipCode();
        int id = submit(code, 2021, "我镇聘请律师担任法律顾问，全年开展普法宣传活动12次。");

        TopicProbe.Message message = await().atMost(Duration.ofSeconds(20))
                .until(() -> eventFor(id), m -> m != null);
        JsonNode event = json.readTree(message.value());
        assertThat(message.key()).isEqualTo(code + ":2021");
        assertThat(message.headers()).containsEntry("eventType", "ReportSubmitted");
        assertThat(event.get("eventId").asText()).hasSize(36);
        assertThat(event.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(event.get("occurredAt").asText()).endsWith("Z");
        assertThat(event.get("version").asInt()).isEqualTo(1);
        assertThat(event.get("text").asText()).isEqualTo("我镇聘请律师担任法律顾问，全年开展普法宣传活动12次。");
    }

    @Test
    void publishesAReportNearTheTwoMegabyteLimit() {
        String text = "我镇开展普法宣传活动。".repeat(60_000); // 600,000 characters, 1.8 MB in UTF-8
        int id = submit("445322106", 2023, text);
        TopicProbe.Message message = await().atMost(Duration.ofSeconds(30)).until(() -> eventFor(id), m -> m != null);
        assertThat(message.value()).contains(text.substring(0, 100));
        assertThat(message.value().length()).isGreaterThan(text.length());
    }

    @Test
    void acceptsSubmissionsWhileTheBrokerIsDownAndPublishesEachOnceItIsBack() throws Exception {
        var broker = KafkaBrokerTestResource.broker();
        broker.close();
        List<Integer> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                ids.add(submit(ReportSamples.freshTownshipCode(), 2022, "断线期间提交的报告，开展普法宣传活动" + (i + 1) + "次。"));
            }
            assertThat(outbox.pending()).isGreaterThanOrEqualTo(5);
        } finally {
            broker.start();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> outbox.pending() == 0);
        List<TopicProbe.Message> all = new TopicProbe(broker.bootstrapServers()).readAll(TOPIC);
        for (int id : ids) {
            long copies = all.stream().filter(m -> reportIdOf(m) == id).count();
            assertThat(copies).as("events for report %d", id).isEqualTo(1);
        }
    }

    private int submit(String code, int year, String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("townshipCode", code, "year", year, "text", text))
                .post("/api/v1/reports").then().statusCode(201).extract().path("id");
    }

    private TopicProbe.Message eventFor(int id) {
        return new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers()).readAll(TOPIC).stream()
                .filter(m -> reportIdOf(m) == id).findFirst().orElse(null);
    }

    private long reportIdOf(TopicProbe.Message m) {
        try {
            return json.readTree(m.value()).get("reportId").asLong();
        } catch (Exception e) {
            return -1;
        }
    }
}
