package io.fazhi.dashboard.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Coverage needs submission-service's registry; in tests it points at a port where nothing listens. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class CoverageRequestTest {

    @Test
    void answers503ProblemJsonWhenTheRegistryCannotBeReached() {
        given().queryParam("area", "445322").queryParam("year", 2023).get("/api/v1/coverage").then()
                .statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("type", equalTo("https://fazhi.io/problems/registry-unavailable"))
                .body("detail", containsString("could not be reached"));
    }

    @Test
    void rejectsAnInvalidAreaBeforeAskingTheRegistry() {
        given().queryParam("area", "44532").queryParam("year", 2023).get("/api/v1/coverage").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
