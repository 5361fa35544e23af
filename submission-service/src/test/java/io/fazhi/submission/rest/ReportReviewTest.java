package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fazhi.devtokens.TestTokens;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.submission.registry.Township;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A county returns a report with a reason, the township answers with a new version, the county accepts it. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class ReportReviewTest {

    private static int submit(String token, String code, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(ReportSamples.report(code, 2021, text)).post("/api/v1/reports").then().statusCode(201)
                .extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse decide(String token, int id, String decision,
            String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(reason == null ? Map.of() : Map.of("reason", reason))
                .post("/api/v1/reports/" + id + "/" + decision).then();
    }

    @Test
    void aReturnedReportIsAnsweredWithANewVersionThatTheCountyAccepts() {
        Township t = ReportSamples.freshTownship();
        String county = TestTokens.countyAdmin(t.countyCode());
        String township = TestTokens.township(t.code());
        int first = submit(township, t.code(), ReportSamples.text("v1"));
        given().auth().oauth2(township).get("/api/v1/reports/" + first).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("statusReason", nullValue());

        decide(county, first, "return", null).statusCode(400).contentType("application/problem+json");
        decide(county, first, "return", "  ").statusCode(400);
        decide(county, first, "return", "请补充第一责任人履职情况").statusCode(200).body("status", equalTo("RETURNED"))
                .body("statusReason", equalTo("请补充第一责任人履职情况"))
                .body("statusChangedBy", equalTo("admin-" + t.countyCode()));
        decide(county, first, "return", "again").statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://fazhi.io/problems/report-state-conflict"));
        decide(county, first, "accept", null).statusCode(409);
        given().auth().oauth2(township).get("/api/v1/reports/" + first).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("statusReason", equalTo("请补充第一责任人履职情况"));

        int second = submit(township, t.code(), ReportSamples.text("v2，第一责任人履职情况已补充"));
        given().auth().oauth2(township).get("/api/v1/reports/" + second).then().body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(2));
        decide(county, first, "return", "old").statusCode(409);
        decide(county, second, "accept", null).statusCode(200).body("status", equalTo("ACCEPTED"));
        decide(county, second, "accept", null).statusCode(409);
        decide(county, second, "return", "数据需核实").statusCode(200).body("status", equalTo("RETURNED"));

        given().auth().oauth2(township).get("/api/v1/reports/" + first + "/history").then().statusCode(200)
                .body("toStatus", contains("RETURNED")).body("[0].fromStatus", equalTo("SUBMITTED"));
        given().auth().oauth2(county).get("/api/v1/reports/" + second + "/history").then().statusCode(200)
                .body("toStatus", contains("ACCEPTED", "RETURNED")).body("[1].reason", equalTo("数据需核实"));
    }

    @Test
    void onlyCountyAdministratorsOfAnEnclosingAreaDecide() {
        Township t = ReportSamples.freshTownship();
        int id = submit(TestTokens.countryAdmin(), t.code(), ReportSamples.text("authz"));
        decide(TestTokens.township(t.code()), id, "accept", null).statusCode(403);
        decide(TestTokens.reader(), id, "accept", null).statusCode(403);
        decide(TestTokens.countyAdmin("110101"), id, "return", "x").statusCode(403);
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/reports/" + id + "/accept").then()
                .statusCode(401);
        given().auth().oauth2(TestTokens.township("110101001")).get("/api/v1/reports/" + id + "/history").then()
                .statusCode(403);
        given().auth().oauth2(TestTokens.reader()).get("/api/v1/reports/" + id + "/history").then().statusCode(403);
        decide(TestTokens.countryAdmin(), 987654321, "accept", null).statusCode(404);
        decide(TestTokens.countryAdmin(), id, "return", "理".repeat(1001)).statusCode(400);
        given().auth().oauth2(TestTokens.township(t.code())).get("/api/v1/reports/" + id).then()
                .body("status", equalTo("SUBMITTED"));
    }
}
