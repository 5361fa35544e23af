package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import io.fazhi.contracts.OpenApiDocuments;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document submission-service serves is the one committed in docs/openapi/. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class OpenApiDocumentTest {

    @Test
    void servesTheCommittedDocument() {
        String served = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString();
        OpenApiDocuments.assertServedIsCommitted("submission-service", served);
    }
}
