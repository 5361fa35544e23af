package io.fazhi.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fazhi.devtokens.TestTokens;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class ExtractionResourceTest {

    private static final String TEXT = "全年印发普法宣传资料7500余份。";

    @Test
    void extractsQuantitiesWithOffsetsIntoTheSubmittedText() {
        int start = TEXT.indexOf("7500");
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(Map.of("text", TEXT))
                .when().post("/api/v1/extractions")
                .then().statusCode(200)
                .body("extractorVersion", notNullValue())
                .body("quantities[0].text", equalTo("7500余份"))
                .body("quantities[0].value", equalTo(7500))
                .body("quantities[0].unit", equalTo("份"))
                .body("quantities[0].approx", equalTo(true))
                .body("quantities[0].start", equalTo(start))
                .body("quantities[0].end", equalTo(start + "7500余份".length()))
                .body("quantities[0].key", equalTo("publicity.materials"))
                .body("quantities[0].basis", equalTo("short-cue-beside"))
                .body("quantities[0].confidence", both(greaterThan(0.7f)).and(lessThanOrEqualTo(1f)))
                .body("quantities[0].needsReview", equalTo(false))
                .body("quantities[0].reasons[0]", startsWith("cue "))
                .body("indicators.key", hasItem("publicity.materials"))
                .body("indicators[0].confidence", notNullValue())
                .body("indicators[0].reasons", not(empty()));
    }

    @Test
    void acceptsPlainText() {
        given().auth().oauth2(TestTokens.reader()).contentType("text/plain; charset=UTF-8").body(TEXT)
                .when().post("/api/v1/extractions")
                .then().statusCode(200).body("indicators[0].value", equalTo(7500));
    }

    @Test
    void rejectsEmptyAndOversizedTextWithProblemJson() {
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(Map.of("text", " ")).post("/api/v1/extractions")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body("{}").post("/api/v1/extractions")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body(Map.of("text", "法".repeat(700_000))).post("/api/v1/extractions")
                .then().statusCode(413).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TestTokens.reader()).contentType(ContentType.JSON).body("{\"text\":").post("/api/v1/extractions")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void servesTheCatalogWithDirections() {
        given().get("/api/v1/catalog").then().statusCode(200)
                .body("indicators.key", hasItem("disputes.admin_litigation_cases"))
                .body("indicators.find { it.key == 'disputes.admin_litigation_cases' }.direction", equalTo("down"));
    }

    @Test
    void reportsItsConsumerInLiveness() {
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'kafka-consumers' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'kafka-consumers' }.data.'fazhi.reports.submitted'", equalTo("consuming"));
    }

    @Test
    void answersUnknownTownshipYearWith404() {
        given().get("/api/v1/indicators/999999999/2021").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/v1/indicators").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }
}
