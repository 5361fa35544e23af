package io.fazhi.dashboard.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class RankingRequestTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no area       | year=2023&indicator=publicity.events",
            "5-digit area  | area=44530&year=2023&indicator=publicity.events",
            "no year       | area=445301&indicator=publicity.events",
            "year too old  | area=445301&year=1999&indicator=publicity.events",
            "bad key       | area=445301&year=2023&indicator=DROP%20TABLE",
            "bad dimension | area=445301&year=2023&dimension=Publicity!",
            "bad format    | area=445301&year=2023&format=xlsx",
            "bad method    | area=445301&year=2023&method=borda",
            "bad weights   | area=445301&year=2023&weights=publicity=2",
            "bad runs      | area=445301&year=2023&runs=-5",
            "runs no number| area=445301&year=2023&runs=many",
            "bad missing   | area=445301&year=2023&missing=sometimes",
            "bad coverage  | area=445301&year=2023&indicatorCoverage=2",
            "bad peer group| area=445301&year=2023&peerGroup=county",
            "bad disclosure| area=445301&year=2023&disclosure=maybe"})
    void rejectsInvalidQueriesWithProblemJson(String name, String query) {
        given().get("/api/v1/rankings?" + query).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(400));
    }

    @org.junit.jupiter.api.Test
    void namesEveryParameterThatFailsItsCheck() {
        given().get("/api/v1/rankings?area=4453&year=20x&runs=many&disclosure=maybe").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("year", "runs", "disclosure"));
    }

    @org.junit.jupiter.api.Test
    void answersAMediaTypeItCannotServeWith406() {
        given().header("Accept", "application/xml").get("/api/v1/rankings?area=445301&year=2023").then()
                .statusCode(406).contentType(startsWith("application/problem+json"));
    }
}
