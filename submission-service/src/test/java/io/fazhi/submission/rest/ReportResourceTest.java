package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.submission.registry.Township;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class ReportResourceTest {

    @BeforeEach
    void actAsCountryAdmin() {
        DefaultCaller.actAsCountryAdmin();
    }

    @AfterEach
    void actAnonymously() {
        DefaultCaller.actAnonymously();
    }

    @Test
    void storesANewReportAsVersionOneWith201AndLocation() {
        Township unit = ReportSamples.freshTownship();
        String code = unit.code();
        int id = given().contentType(ContentType.JSON).body(ReportSamples.report(code, 2021, ReportSamples.text("a")))
                .when().post("/api/v1/reports")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/reports/\\d+"))
                .body("townshipCode", equalTo(code))
                .body("countyCode", equalTo(unit.countyCode()))
                .body("county", equalTo(unit.county()))
                .body("year", equalTo(2021))
                .body("version", equalTo(1))
                .body("contentSha256", matchesPattern("[0-9a-f]{64}"))
                .body("late", equalTo(true))
                .body("status", equalTo("SUBMITTED"))
                .body("submittedBy", equalTo("admin-country"))
                .extract().path("id");

        given().when().get("/api/v1/reports/{id}", id)
                .then().statusCode(200).body("township", equalTo(unit.name())).body("version", equalTo(1));
        given().when().get("/api/v1/reports/{id}/text", id)
                .then().statusCode(200).contentType(endsWith("charset=UTF-8"))
                .body(equalTo(ReportSamples.text("a")));
    }

    @Test
    void returnsTheStoredReportWith200ForIdenticalText() {
        String code = ReportSamples.freshTownshipCode();
        var body = ReportSamples.report(code, 2022, ReportSamples.text("same"));
        int first = given().contentType(ContentType.JSON).body(body).post("/api/v1/reports")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/reports")
                .then().statusCode(200).body("id", equalTo(first)).body("version", equalTo(1));
    }

    @Test
    void createsTheNextVersionForNewTextOfTheSameTownshipAndYear() {
        String code = ReportSamples.freshTownshipCode();
        given().contentType(ContentType.JSON).body(ReportSamples.report(code, 2023, ReportSamples.text("v1")))
                .post("/api/v1/reports").then().statusCode(201).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(ReportSamples.report(code, 2023, ReportSamples.text("v2")))
                .post("/api/v1/reports").then().statusCode(201).body("version", equalTo(2));
        given().contentType(ContentType.JSON).body(ReportSamples.report(code, 2022, ReportSamples.text("v2")))
                .post("/api/v1/reports").then().statusCode(201).body("version", equalTo(1));

        given().queryParam("area", code).queryParam("year", 2023).when().get("/api/v1/reports")
                .then().statusCode(200).body("total", equalTo(2)).body("items", hasSize(2))
                .body("items.version", hasItem(2));
    }

    @Test
    void listsReportsOfAWholeCountyPrefix() {
        Township unit = ReportSamples.freshTownship();
        String code = unit.code();
        given().contentType(ContentType.JSON).body(ReportSamples.report(code, 2020, ReportSamples.text("county")))
                .post("/api/v1/reports").then().statusCode(201);
        given().queryParam("area", unit.countyCode()).when().get("/api/v1/reports")
                .then().statusCode(200).body("total", greaterThanOrEqualTo(1))
                .body("items.townshipCode", hasItem(code));
        given().queryParam("area", "11").when().get("/api/v1/reports")
                .then().statusCode(200).body("items.townshipCode", org.hamcrest.Matchers.not(hasItem(code)));
    }

    @Test
    void servesOpenApiHealthAndMetrics() {
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
