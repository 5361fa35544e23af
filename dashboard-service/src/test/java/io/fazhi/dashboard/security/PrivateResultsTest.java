package io.fazhi.dashboard.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fazhi.devtokens.RefusedTokens;
import io.fazhi.devtokens.TestTokens;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** With PUBLIC_RANKINGS=false every published result asks for a valid bearer token of any role. */
@QuarkusTest
@TestProfile(PrivateResultsTest.ResultsNotPublic.class)
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class PrivateResultsTest {

    /** The county keeps its results to signed-in callers. */
    public static class ResultsNotPublic implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("fazhi.security.public-rankings", "false");
        }
    }


    private static final String RANKING = "/api/v1/rankings?area=445322&year=2023";
    private static final String INDICATOR_RANKING = "/api/v1/rankings?area=445322&year=2023&indicator=publicity.events";
    private static final String EXPLANATION = "/api/v1/rankings/explanations/445322100?year=2023";
    private static final String PROFILE = "/api/v1/township-profiles/445322100";
    private static final String COVERAGE = "/api/v1/coverage?area=445322&year=2023";

    @ParameterizedTest
    @ValueSource(strings = {RANKING, INDICATOR_RANKING, EXPLANATION, PROFILE, COVERAGE})
    void anonymousCallersGet401ProblemJson(String path) {
        given().get(path).then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("status", equalTo(401));
    }

    @ParameterizedTest
    @ValueSource(strings = {RANKING, INDICATOR_RANKING, EXPLANATION, PROFILE, COVERAGE})
    void anExpiredTokenIs401(String path) {
        given().auth().oauth2(RefusedTokens.expired()).get(path).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @ParameterizedTest
    @ValueSource(strings = {RANKING, INDICATOR_RANKING, EXPLANATION, PROFILE, COVERAGE})
    void everyRoleMayRead(String path) {
        for (String token : new String[] {TestTokens.reader(), TestTokens.township("445322100"),
                TestTokens.township("610721101"), TestTokens.countyAdmin("4453")}) {
            // past the gate: an answer, or 404 without data, or 503 for coverage without its registry in tests
            given().auth().oauth2(token).get(path).then().statusCode(anyOf(is(200), is(404), is(503)));
        }
    }

    @Test
    void heldRankingsStayBehindTheToken() {
        given().auth().oauth2(TestTokens.reader()).get(RANKING).then().statusCode(200);
        given().auth().oauth2(TestTokens.reader()).get(RANKING).then().statusCode(200);
        given().get(RANKING).then().statusCode(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ui", "/ui/areas/445322/2023", "/ui/areas/445322/2023/indicators/publicity.events",
            "/ui/townships/445322100", "/ui/townships/445322100/2023"})
    void aPageSendsAnAnonymousPersonToSignIn(String path) {
        given().redirects().follow(false).get(path).then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/ui/sign-in"));
        given().redirects().follow(false).auth().oauth2(TestTokens.reader()).get(path).then()
                .statusCode(anyOf(is(200), is(404)));
    }

    @Test
    void theLoadBalancersPingStaysOpen() {
        given().get("/api/v1/ping").then().statusCode(200);
    }
}
