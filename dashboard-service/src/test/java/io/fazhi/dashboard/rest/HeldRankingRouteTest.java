package io.fazhi.dashboard.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.fazhi.dashboard.messaging.IndicatorEvents;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;

/**
 * A held answer is the same whichever way it is served: by {@link HeldRankingRoute} (no Accept, or JSON) or by
 * {@link RankingResource} (an Accept header the route leaves to the REST layer): status, headers and bytes.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class HeldRankingRouteTest {

    private static final String COMPOSITE = "/api/v1/rankings?area=445309&year=2023";
    private static final String INDICATOR = COMPOSITE + "&indicator=publicity.events";
    private static final String NEGOTIATED = "application/json, text/plain;q=0.5";

    @Test
    void aHeldAnswerIsTheSameFromTheFastPathAndFromTheRestLayer() {
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        probe.send("fazhi.indicators.computed", "445309101:2023", IndicatorEvents.of("445309101", 2023, 1)
                .value("publicity.events", 12, false, "up").value("training.sessions", 3, false, "up").json());
        probe.send("fazhi.indicators.computed", "445309102:2023", IndicatorEvents.of("445309102", 2023, 1)
                .value("publicity.events", 30, false, "up").value("training.sessions", 1, false, "up").json());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get(INDICATOR).then().statusCode(200)
                .body("entries", hasSize(2)));

        for (String path : new String[] {INDICATOR, COMPOSITE}) {
            given().get(path).then().statusCode(200); // computed once, then held
            for (String encoding : new String[] {"identity", "gzip"}) {
                Response fast = raw(path, null, encoding);
                Response rest = raw(path, NEGOTIATED, encoding);
                assertThat(fast.statusCode()).isEqualTo(200);
                for (String header : new String[] {"Content-Type", "Content-Encoding", "Vary", "X-Methodology-Version",
                        "X-Data-Hash"}) {
                    assertThat(fast.header(header)).as(path + " " + encoding + " " + header)
                            .isEqualTo(rest.header(header));
                }
                assertThat(fast.asByteArray()).as(path + " " + encoding).isEqualTo(rest.asByteArray());
            }
        }
        assertThat(raw(COMPOSITE, null, "gzip").header("Content-Encoding")).isEqualTo("gzip");
    }

    @Test
    void whatTheFastPathDoesNotServeTheRestLayerAnswers() {
        given().get("/api/v1/rankings?area=445309&year=20x3").then().statusCode(400)
                .contentType("application/problem+json");
        given().accept("text/csv").get(COMPOSITE).then().statusCode(200).contentType("text/csv");
        given().get(COMPOSITE + "&format=csv").then().statusCode(200).contentType("text/csv");
    }

    @Test
    void aBadTokenIsRefusedBeforeTheFastPathAsBeforeTheRestLayer() {
        given().get(COMPOSITE).then().statusCode(200); // held from here on
        int fast = given().auth().oauth2("not.a.token").get(COMPOSITE).statusCode();
        int rest = given().auth().oauth2("not.a.token").accept(NEGOTIATED).get(COMPOSITE).statusCode();
        assertThat(fast).isEqualTo(rest);
    }

    private static Response raw(String path, String accept, String encoding) {
        var request = given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig()
                .noContentDecoders())).header("Accept-Encoding", encoding);
        return request.header("Accept", accept == null ? "*/*" : accept).get(path);
    }
}
