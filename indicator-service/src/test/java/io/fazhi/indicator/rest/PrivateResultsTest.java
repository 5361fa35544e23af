package io.fazhi.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fazhi.devtokens.TestTokens;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With PUBLIC_RANKINGS=false the indicator values are read with a token only, through the shared @PublicResult gate. */
@QuarkusTest
@TestProfile(PrivateResultsTest.ResultsNotPublic.class)
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class PrivateResultsTest {

    public static class ResultsNotPublic implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fazhi.security.public-rankings", "false");
        }
    }

    @Test
    void anIndicatorListNeedsATokenWhenResultsAreNotPublic() {
        given().get("/api/v1/indicators?area=445322&year=2021").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().get("/api/v1/indicators/445322116/2021").then().statusCode(401);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/indicators?area=445322&year=2021").then().statusCode(200);
        given().get("/api/v1/catalog").then().statusCode(200);
    }
}
