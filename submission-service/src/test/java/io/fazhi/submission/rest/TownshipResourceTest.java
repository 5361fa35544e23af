package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class TownshipResourceTest {

    @BeforeEach
    void actAsCountryAdmin() {
        DefaultCaller.actAsCountryAdmin();
    }

    @AfterEach
    void actAnonymously() {
        DefaultCaller.actAnonymously();
    }

    @Test
    void listsTheUnitsOfACountyPageByPage() {
        given().queryParam("area", "445322").queryParam("size", 5).get("/api/v1/townships").then().statusCode(200)
                .body("total", equalTo(19)).body("items", hasSize(5))
                .body("items.countyCode", everyItem(equalTo("445322")))
                .body("items[0].city", equalTo("云浮市")).body("items[0].province", equalTo("广东省"));
    }

    @Test
    void findsUnitsByPartOfTheirName() {
        given().queryParam("q", "双龙镇").queryParam("size", 100).get("/api/v1/townships").then().statusCode(200)
                .body("total", equalTo(15)).body("items.code", hasItem("500230124"));
        given().queryParam("area", "50").queryParam("q", "丰都县双龙").get("/api/v1/townships").then().statusCode(200)
                .body("items.code", contains("500230124"));
    }

    @Test
    void answersOneUnitByNineOrTwelveDigitCode() {
        given().get("/api/v1/townships/610703113").then().statusCode(200)
                .body("name", equalTo("法镇")).body("kind", equalTo("镇")).body("county", equalTo("南郑区"))
                .body("city", equalTo("汉中市")).body("province", equalTo("陕西省"));
        given().get("/api/v1/townships/610703113201").then().statusCode(200).body("code", equalTo("610703113"));
        given().get("/api/v1/townships/610703999").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void rejectsInvalidAreasWith400() {
        given().queryParam("area", "4453x").get("/api/v1/townships").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void addsAUnitThatReportsCanThenUse() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "445322451", "name", "郁南县产业转移工业园", "validFrom", "2024-01-01"))
                .post("/api/v1/townships").then().statusCode(201)
                .header("Location", startsWith("http")).body("kind", equalTo("other"))
                .body("county", equalTo("郁南县")).body("province", equalTo("广东省"));
        given().get("/api/v1/townships/445322451").then().statusCode(200).body("name", equalTo("郁南县产业转移工业园"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "445322451", "name", "另一个名字")).post("/api/v1/townships").then().statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "445322452", "name", "历洞镇")).post("/api/v1/townships").then().statusCode(409);
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "999999452", "name", "某镇")).post("/api/v1/townships").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("code", "4453", "name", "某镇")).post("/api/v1/townships")
                .then().statusCode(400);
    }

    @Test
    void renamesAUnitAndKeepsItsFormerNameResolvable() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "大湾新镇", "validFrom", "2023-07-01", "note", "粤府函〔2023〕1号"))
                .put("/api/v1/townships/{code}", "445322111").then().statusCode(200)
                .body("name", equalTo("大湾新镇")).body("formerNames", contains("大湾镇"))
                .body("validFrom", equalTo("2023-07-01"));
        given().queryParam("q", "大湾镇").queryParam("area", "445322").get("/api/v1/townships").then()
                .body("items.code", contains("445322111"));
        given().contentType(ContentType.JSON)
                .body(Map.of("township", "大湾镇", "county", "郁南县", "year", 2022, "text", "我镇法治政府建设情况。改名前"))
                .post("/api/v1/reports").then().statusCode(201)
                .body("townshipCode", equalTo("445322111")).body("township", equalTo("大湾新镇"));
        given().contentType(ContentType.JSON).body(Map.of("name", "都城镇"))
                .put("/api/v1/townships/{code}", "445322111").then().statusCode(409);
    }
}
