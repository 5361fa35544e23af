package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class MalformedRequestTest {

    private static final String VALID = "{\"townshipCode\":\"445322116\",\"township\":\"历洞镇\",\"county\":\"郁南县\","
            + "\"year\":2021,\"text\":\"我镇开展普法宣传活动6次。\"}";

    @BeforeEach
    void actAsCountryAdmin() {
        DefaultCaller.actAsCountryAdmin();
    }

    @AfterEach
    void actAnonymously() {
        DefaultCaller.actAnonymously();
    }

    static Stream<Arguments> malformedJsonBodies() {
        int nextYear = Year.now().getValue() + 1;
        return Stream.of(
                Arguments.of("not json at all", "this is not json", "malformed-json"),
                Arguments.of("truncated object", "{\"townshipCode\":\"445322116\",", "malformed-json"),
                Arguments.of("trailing garbage", VALID + "}", "malformed-json"),
                Arguments.of("array instead of object", "[1,2,3]", "malformed-json"),
                Arguments.of("year as a word", VALID.replace("2021", "\"twenty\""), "malformed-json"),
                Arguments.of("year as a string", VALID.replace("2021", "\"2021\""), "malformed-json"),
                Arguments.of("year as a fraction", VALID.replace("2021", "2021.5"), "malformed-json"),
                Arguments.of("text as a number", VALID.replace("\"我镇开展普法宣传活动6次。\"", "12"), "malformed-json"),
                Arguments.of("text as an object", VALID.replace("\"我镇开展普法宣传活动6次。\"", "{\"a\":1}"), "malformed-json"),
                Arguments.of("empty object", "{}", "invalid-report"),
                Arguments.of("json null", "null", "http-400"),
                Arguments.of("missing text", VALID.replace(",\"text\":\"我镇开展普法宣传活动6次。\"", ""), "invalid-report"),
                Arguments.of("empty text", VALID.replace("我镇开展普法宣传活动6次。", ""), "invalid-report"),
                Arguments.of("blank text", VALID.replace("我镇开展普法宣传活动6次。", "  \\n\\t "), "invalid-report"),
                Arguments.of("year before 2000", VALID.replace("2021", "1999"), "invalid-report"),
                Arguments.of("year in the future", VALID.replace("2021", String.valueOf(nextYear)), "invalid-report"),
                Arguments.of("township code too short", VALID.replace("445322116", "44532"), "invalid-report"),
                Arguments.of("township code with letters", VALID.replace("445322116", "44532211X"), "invalid-report"),
                Arguments.of("township name over 100 characters", VALID.replace("历洞镇", "镇".repeat(101)), "invalid-report"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedJsonBodies")
    void rejectsMalformedBodiesWithProblemJsonAndStoresNothing(String name, String body, String problemType) {
        long before = storedReports();
        expectProblem(given().contentType("application/json").body(body).when().post("/api/v1/reports").then(), 400)
                .body("type", equalTo("https://fazhi.io/problems/" + problemType));
        assertEquals(before, storedReports(), "nothing may be stored by a rejected request");
    }

    @Test
    void namesEveryInvalidFieldInViolations() {
        given().contentType("application/json").body("{\"year\":1999,\"text\":\"\"}").post("/api/v1/reports")
                .then().statusCode(400)
                .body("violations.field", hasItem("text"))
                .body("violations.field", hasItem("year"))
                .body("violations.field", hasItem("townshipCode"));
    }

    @Test
    void rejectsTextOverTwoMegabytesWith413() {
        long before = storedReports();
        String big = "法".repeat(700_000); // 2.1 MB in UTF-8
        String body = VALID.replace("我镇开展普法宣传活动6次。", big);
        expectProblem(given().contentType("application/json").body(body).post("/api/v1/reports").then(), 413);
        assertEquals(before, storedReports());
    }

    @Test
    void rejectsUnsupportedMediaTypesWith415() {
        expectProblem(given().contentType("application/xml").body("<report/>").post("/api/v1/reports").then(), 415);
    }

    @Test
    void answersUnknownIdsWith404() {
        expectProblem(given().get("/api/v1/reports/987654321").then(), 404);
        expectProblem(given().get("/api/v1/reports/987654321/text").then(), 404);
        expectProblem(given().get("/api/v1/reports/not-a-number").then(), 404);
    }

    @Test
    void rejectsInvalidListParametersWith400() {
        expectProblem(given().queryParam("area", "4453").queryParam("size", 0).get("/api/v1/reports").then(), 400);
        expectProblem(given().queryParam("area", "44x").get("/api/v1/reports").then(), 400);
        expectProblem(given().queryParam("year", "abc").get("/api/v1/reports").then(), 404);
    }

    private static ValidatableResponse expectProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue());
    }

    private static long storedReports() {
        Map<String, Object> page = given().get("/api/v1/reports?size=1").then().statusCode(200).extract().as(Map.class);
        return ((Number) page.get("total")).longValue();
    }
}
