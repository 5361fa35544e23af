package io.fazhi.indicator.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.repository.ExtractionRepository;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** After an extractor upgrade, stored reports are read again and the new values are published. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class ReextractionTest {

    private static final String KEY = "445322401:2022";
    private final ObjectMapper json = new ObjectMapper();

    @Inject
    ExtractionRepository extractions;

    @Inject
    Extractor extractor;

    @Test
    void reextractsReportsReadByAnOlderExtractorOnceAndPublishesTheNewValues() throws Exception {
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        String event = "{\"eventId\":\"7d0c7a52-0a53-4a8c-9d0e-5c1f0e2b9a11\",\"occurredAt\":\"2023-02-01T00:00:00Z\","
                + "\"schemaVersion\":1,\"reportId\":9001,\"townshipCode\":\"445322401\",\"township\":\"测试镇\","
                + "\"countyCode\":\"445322\",\"county\":\"郁南县\",\"year\":2022,\"version\":1,\"title\":null,"
                + "\"contentSha256\":\"00\",\"submittedAt\":\"2023-02-01T00:00:00Z\",\"late\":false,"
                + "\"text\":\"全年开展普法宣传活动8次，化解矛盾纠纷36件。\"}";
        probe.send("fazhi.reports.submitted", KEY, event);
        await().atMost(Duration.ofSeconds(20)).until(() -> computed(probe).size() == 1);

        // the stored row as an older extractor would have left it
        QuarkusTransaction.requiringNew().run(() -> extractions.findLatest("445322401", 2022).orElseThrow()
                .extractorVersion = "0.9.0+catalog.0");

        given().auth().oauth2(io.fazhi.devtokens.TestTokens.countyAdmin("445322")).post("/api/v1/admin/reextractions").then().statusCode(200)
                .body("reextracted", equalTo(1)).body("extractorVersion", equalTo(extractor.version()));
        given().auth().oauth2(io.fazhi.devtokens.TestTokens.countyAdmin("445322")).post("/api/v1/admin/reextractions").then().statusCode(200).body("reextracted", equalTo(0));

        await().atMost(Duration.ofSeconds(20)).until(() -> computed(probe).size() == 2);
        List<JsonNode> events = computed(probe);
        JsonNode fresh = events.get(1);
        assertThat(fresh.get("extractorVersion").asText()).isEqualTo(extractor.version());
        assertThat(fresh.get("reportVersion").asInt()).isEqualTo(1);
        assertThat(fresh.get("eventId").asText()).isNotEqualTo(events.get(0).get("eventId").asText());
        assertThat(fresh.get("computedAt").asText()).isGreaterThan(events.get(0).get("computedAt").asText());
        given().get("/api/v1/indicators/445322401/2022").then().statusCode(200)
                .body("extractorVersion", equalTo(extractor.version()))
                .body("indicators.find { it.key == 'disputes.disputes_resolved' }.value", equalTo(36));
    }

    private List<JsonNode> computed(TopicProbe probe) {
        return probe.readAll("fazhi.indicators.computed").stream().filter(m -> KEY.equals(m.key())).map(m -> {
            try {
                return json.readTree(m.value());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
