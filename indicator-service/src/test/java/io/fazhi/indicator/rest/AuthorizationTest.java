package io.fazhi.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fazhi.devtokens.RefusedTokens;
import io.fazhi.devtokens.TestTokens;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class AuthorizationTest {

    private static RequestSpecification as(String who) {
        return switch (who) {
            case "anonymous" -> given();
            case "reader" -> given().auth().oauth2(TestTokens.reader());
            case "township" -> given().auth().oauth2(TestTokens.township("445322116"));
            case "county-445322" -> given().auth().oauth2(TestTokens.countyAdmin("445322"));
            case "county-610703" -> given().auth().oauth2(TestTokens.countyAdmin("610703"));
            case "country" -> given().auth().oauth2(TestTokens.countryAdmin());
            default -> throw new IllegalArgumentException(who);
        };
    }

    @ParameterizedTest(name = "{0} POST {1} -> {2}")
    @CsvSource({
            "anonymous,     /api/v1/extractions,                          401",
            "reader,        /api/v1/extractions,                          200",
            "township,      /api/v1/extractions,                          200",
            "anonymous,     /api/v1/admin/reextractions,                  401",
            "reader,        /api/v1/admin/reextractions,                  403",
            "township,      /api/v1/admin/reextractions,                  403",
            "county-610703, /api/v1/admin/reextractions?area=445322,      403",
            "county-445322, /api/v1/admin/reextractions?area=44,          403",
            "county-445322, /api/v1/admin/reextractions?area=445322116,   200",
            "county-445322, /api/v1/admin/reextractions,                  200",
            "country,       /api/v1/admin/reextractions?area=610703,      200"})
    void guardsWriteEndpointsByRoleAndArea(String who, String path, int status) {
        var response = as(who).contentType("text/plain; charset=UTF-8").body("开展普法宣传活动6次。")
                .when().post(path).then().statusCode(status);
        if (status >= 400) {
            response.contentType(startsWith("application/problem+json")).body("status", equalTo(status));
        }
    }

    @ParameterizedTest(name = "{0} GET {1} -> {2}")
    @CsvSource({
            "anonymous, /api/v1/catalog,                    200",
            "anonymous, /api/v1/indicators?area=445322&year=2021, 200",
            "reader,    /api/v1/indicators?area=445322&year=2021, 200"})
    void servesPublishedResultsToEveryoneByDefault(String who, String path, int status) {
        as(who).when().get(path).then().statusCode(status);
    }

    @Test
    void rejectsATokenSignedWithAnotherKeyAndAnExpiredOne() {
        given().auth().oauth2(RefusedTokens.signedByAnotherKey()).contentType("text/plain").body("x")
                .post("/api/v1/extractions")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().auth().oauth2(RefusedTokens.expired()).contentType("text/plain").body("x").post("/api/v1/extractions")
                .then().statusCode(401);
        given().auth().oauth2("not.a.token").contentType("text/plain").body("x").post("/api/v1/extractions")
                .then().statusCode(401);
    }
}
