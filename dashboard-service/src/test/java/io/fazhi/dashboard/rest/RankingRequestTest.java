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
            "bad runs      | area=445301&year=2023&runs=-5"})
    void rejectsInvalidQueriesWithProblemJson(String name, String query) {
        given().get("/api/v1/rankings?" + query).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("status", equalTo(400));
    }
}
