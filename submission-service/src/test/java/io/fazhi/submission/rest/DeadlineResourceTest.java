package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Year;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Areas set their own due dates; the most specific one decides whether a stored report was late. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class DeadlineResourceTest {

    @BeforeEach
    void actAsCountryAdmin() {
        DefaultCaller.actAsCountryAdmin();
    }

    @AfterEach
    void actAnonymously() {
        DefaultCaller.actAnonymously();
    }

    @Test
    void defaultsToFirstMarchWithPublicReleaseByFirstApril() {
        given().get("/api/v1/deadlines/{area}/{year}", "6107", 2013).then().statusCode(200)
                .body("dueDate", equalTo("2014-03-01")).body("publishBy", equalTo("2014-04-01"))
                .body("area", nullValue());
    }

    @Test
    void letsTheMostSpecificAreaDecideAndMarksReportsLateAgainstIt() {
        int year = Year.now().getValue() - 1;
        String nextYear = String.valueOf(year + 1);
        // the county moves the date to 31 December of the next year: a report submitted now is on time
        given().contentType(ContentType.JSON).body(Map.of("dueDate", nextYear + "-12-31", "publishBy", nextYear + "-12-31"))
                .put("/api/v1/deadlines/{area}/{year}", "610703", year).then().statusCode(201)
                .body("area", equalTo("610703")).body("dueDate", equalTo(nextYear + "-12-31"));
        // the province keeps an early date: it applies to other counties, not to the one that set its own
        given().contentType(ContentType.JSON).body(Map.of("dueDate", nextYear + "-01-02"))
                .put("/api/v1/deadlines/{area}/{year}", "61", year).then().statusCode(201)
                .body("publishBy", equalTo(nextYear + "-02-02"));
        given().contentType(ContentType.JSON).body(Map.of("dueDate", nextYear + "-12-30", "publishBy", nextYear + "-12-31"))
                .put("/api/v1/deadlines/{area}/{year}", "610703", year).then().statusCode(200);

        given().get("/api/v1/deadlines/{area}/{year}", "610703113", year).then().statusCode(200)
                .body("area", equalTo("610703")).body("dueDate", equalTo(nextYear + "-12-30"));
        given().get("/api/v1/deadlines/{area}/{year}", "610702", year).then().statusCode(200).body("area", equalTo("61"));

        given().contentType(ContentType.JSON)
                .body(Map.of("townshipCode", "610703113", "year", year, "text", "我镇法治政府建设情况。截止日测试"))
                .post("/api/v1/reports").then().statusCode(201)
                .body("late", equalTo(!java.time.LocalDate.now().isBefore(java.time.LocalDate.parse(nextYear + "-12-31"))))
                .body("deadlineArea", equalTo("610703"))
                .body("publishBy", startsWith(nextYear + "-12-31"));

        given().delete("/api/v1/deadlines/{area}/{year}", "610703", year).then().statusCode(204);
        given().get("/api/v1/deadlines/{area}/{year}", "610703113", year).then().body("area", equalTo("61"));
        given().delete("/api/v1/deadlines/{area}/{year}", "61", year).then().statusCode(204);
        given().delete("/api/v1/deadlines/{area}/{year}", "61", year).then().statusCode(404);
    }

    @Test
    void rejectsInvalidDeadlinesWith400() {
        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2020-03-01", "publishBy", "2020-02-01"))
                .put("/api/v1/deadlines/{area}/{year}", "610703", 2019).then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2020-03-01"))
                .put("/api/v1/deadlines/{area}/{year}", "61070", 2019).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("dueDate", "2018-03-01"))
                .put("/api/v1/deadlines/{area}/{year}", "610703", 2019).then().statusCode(400);
    }
}
