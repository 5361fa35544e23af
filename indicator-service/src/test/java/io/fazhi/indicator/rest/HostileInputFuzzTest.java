package io.fazhi.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.devtokens.TestTokens;
import io.fazhi.hostile.Attack;
import io.fazhi.hostile.Barrage;
import io.fazhi.hostile.ExtractionAttacks;
import io.fazhi.hostile.HostileClient;
import io.fazhi.hostile.Tally;
import io.fazhi.hostile.Verdict;
import io.fazhi.indicator.repository.ExtractionRepository;
import io.fazhi.indicator.repository.StoreDigest;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A generated suite of hostile requests against indicator-service's write endpoints, sent as an administrator of
 * the whole country. Malformed ones must get a 4xx problem; texts built to make the extractor work must be answered,
 * with every quantity the text between its offsets and every quote the sentence around them. No answer may be a 5xx, and the stored extractions stay what they
 * were: one of them is left marked as read by an older extractor, so that a re-extraction that slipped through
 * would show.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class HostileInputFuzzTest {

    static final int CASES_PER_ENDPOINT = 1_200;
    private static final String TOWNSHIP = "511529105";
    private static final String AREA = "511529";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The write endpoints, each with its seed and its generator. */
    static Stream<Barrage> endpoints() {
        return Stream.of(new Barrage("EXTRACT_JSON", 0x5EED_0101L, ExtractionAttacks::json),
                new Barrage("EXTRACT_TEXT", 0x5EED_0102L, ExtractionAttacks::text),
                new Barrage("EXTRACT_HARD_TEXT", 0x5EED_0103L, ExtractionAttacks::hardText),
                new Barrage("REEXTRACT", 0x5EED_0104L, ExtractionAttacks::reextraction),
                new Barrage("CORRECTION", 0x5EED_0105L, h -> ExtractionAttacks.correction(h,
                        "/api/v1/indicators/" + TOWNSHIP + "/2022/corrections")));
    }

    @TestHTTPResource("/")
    URL base;

    @Inject
    StoreDigest store;

    @Inject
    ExtractionRepository extractions;

    /** A stored report, marked as read by an older extractor: a re-extraction would change it. */
    @BeforeEach
    void storeAnOutdatedExtraction() {
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        probe.send("fazhi.reports.submitted", TOWNSHIP + ":2022", "{\"eventId\":\"0b6f7c1e-3d55-4a39-9f0a-2f4e5a6b7c80\","
                + "\"occurredAt\":\"2023-02-01T00:00:00Z\",\"schemaVersion\":1,\"reportId\":9101,\"townshipCode\":\""
                + TOWNSHIP + "\",\"township\":\"测试镇\",\"countyCode\":\"" + AREA + "\",\"county\":\"测试县\",\"year\":2022,"
                + "\"version\":1,\"title\":null,\"contentSha256\":\"00\",\"submittedAt\":\"2023-02-01T00:00:00Z\","
                + "\"late\":false,\"text\":\"全年开展普法宣传活动8次，化解矛盾纠纷36件。\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> extractions.findLatest(TOWNSHIP, 2022).isPresent()));
        QuarkusTransaction.requiringNew().run(() -> extractions.findLatest(TOWNSHIP, 2022).orElseThrow()
                .extractorVersion = "0.9.0+catalog.0");
    }

    @AfterEach
    void readItAgain() {
        given().auth().oauth2(TestTokens.countryAdmin()).queryParam("area", AREA).post("/api/v1/admin/reextractions")
                .then().statusCode(200);
    }

    @ParameterizedTest
    @MethodSource("endpoints")
    void answersEveryHostileRequestWithoutA5xxAndStoresNothing(Barrage endpoint) throws Exception {
        StoreDigest.Snapshot before = store.take();
        HostileClient client = new HostileClient(URI.create(base.toString()), TestTokens.countryAdmin());
        Tally tally = endpoint.fire(client, CASES_PER_ENDPOINT, HostileInputFuzzTest::quotesOutsideTheirOffsets);
        System.out.print(tally.report());

        assertThat(tally.failures()).as("5xx answers, refusals without a 4xx problem, misplaced evidence").isEmpty();
        assertThat(store.take()).as("the store after %d hostile requests", CASES_PER_ENDPOINT).isEqualTo(before);
        assertThat(client.status("/q/health/live")).isEqualTo(200);
    }

    @Test
    void aValidAreaWouldHaveChangedTheStore() throws Exception {
        StoreDigest.Snapshot before = store.take();
        readItAgain();
        assertThat(store.take()).as("the digest sees a re-extraction").isNotEqualTo(before);
    }

    /** Null when every quantity is the submitted text between its offsets, and every quote holds its evidence. */
    private static String quotesOutsideTheirOffsets(Attack attack, Verdict verdict) throws Exception {
        if (attack.refusal() || verdict.status() != 200) {
            return null;
        }
        String text = attack.contentType().startsWith("application/json")
                ? JSON.readTree(attack.body()).get("text").asText()
                : new String(attack.body(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF") && !attack.contentType().startsWith("application/json")) {
            text = text.substring(1);
        }
        JsonNode result = JSON.readTree(verdict.body());
        for (JsonNode q : result.path("quantities")) {
            if (!text.substring(q.get("start").asInt(), q.get("end").asInt()).equals(q.get("text").asText())) {
                return "quantity " + q;
            }
        }
        for (JsonNode indicator : result.path("indicators")) {
            for (JsonNode e : indicator.path("evidence")) {
                if (!e.get("quote").asText().contains(text.substring(e.get("start").asInt(), e.get("end").asInt()))) {
                    return "evidence " + e;
                }
            }
        }
        return null;
    }
}
