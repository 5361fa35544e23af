package io.fazhi.submission.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.oneOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Township and year from the given fields, the text, or both; and every way they can fail to settle. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class ReportIdentificationTest {

    private static final String BODY = "\n一、主要举措和成效\n我镇坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，"
            + "扎实推进法治政府建设，全年开展普法宣传活动12次，发放宣传资料7500余份，依法化解矛盾纠纷36件。";

    @BeforeEach
    void actAsCountryAdmin() {
        DefaultCaller.actAsCountryAdmin();
    }

    @AfterEach
    void actAnonymously() {
        DefaultCaller.actAnonymously();
    }

    @Test
    void readsTownshipCountyYearNumberAndSignerFromTheTextWhenNoFieldIsGiven() {
        String text = "# 新县沙窝镇人民政府\n\n沙政文〔2024〕17号\n\n签发人：刘 兵\n\n"
                + "## 新县沙窝镇人民政府 关于2023年法治政府建设工作情况的 报 告\n" + BODY + "识别测试A";
        submit(Map.of("text", text)).statusCode(201)
                .body("townshipCode", equalTo("411523101"))
                .body("township", equalTo("沙窝镇"))
                .body("county", equalTo("新县"))
                .body("countyCode", equalTo("411523"))
                .body("year", equalTo(2023))
                .body("documentNumber", equalTo("沙政文〔2024〕17号"))
                .body("signer", equalTo("刘兵"))
                .body("fromText", hasItems("township", "county", "year"))
                .body("detection.township.evidence.quote", equalTo("新县沙窝镇"))
                .body("detection.township.evidence.start", equalTo(2))
                .body("detection.year.value", equalTo(2023))
                .body("detection.year.evidence.quote", startsWith("2023年"))
                .body("detection.signer.evidence.quote", equalTo("签发人：刘 兵"))
                .body("detection.documentNumber.evidence.start", equalTo(text.indexOf("沙政文")));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({"郁南县历洞镇,", "历洞镇, 郁南县", "445322116,", "445322116001,"})
    void resolvesTheNamesAndCodesACountyWrites(String township, String county) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (township.matches("\\d+")) {
            body.put("townshipCode", township);
        } else {
            body.put("township", township);
        }
        if (county != null) {
            body.put("county", county);
        }
        body.put("year", 2019);
        body.put("text", "我镇法治政府建设工作情况。" + BODY + township);
        submit(body).statusCode(201).body("townshipCode", equalTo("445322116")).body("county", equalTo("郁南县"));
    }

    @Test
    void answersAnAmbiguousNameWith422ListingEveryCandidate() {
        long before = stored();
        expectProblem(submit(Map.of("township", "双龙镇", "year", 2020, "text", "我镇工作情况。" + BODY)), "ambiguous-township")
                .body("candidates", hasSize(15))
                .body("candidates.code", hasItem("500230124"))
                .body("candidates.county", hasItem("丰都县"))
                .body("candidates[0].province", org.hamcrest.Matchers.notNullValue())
                .body("candidates[0].city", org.hamcrest.Matchers.notNullValue());
        assertEquals(before, stored());
    }

    @Test
    void answersAnAmbiguousHeadingWith422ListingCandidates() {
        expectProblem(submit(Map.of("text", "双龙镇人民政府\n2020年法治政府建设情况报告" + BODY)), "ambiguous-township")
                .body("candidates.code", hasItem("500230124"))
                .body("detail", containsString("双龙镇"));
    }

    @Test
    void letsTheCountyDecideAnAmbiguousHeading() {
        submit(Map.of("county", "丰都县", "text", "双龙镇人民政府\n2020年法治政府建设情况报告" + BODY + "县定"))
                .statusCode(oneOf(200, 201)).body("townshipCode", equalTo("500230124")).body("year", equalTo(2020));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown name        | {\"township\":\"不存在镇\",\"year\":2021,\"text\":\"报告正文。\"}                                | unknown-township",
            "name not in county  | {\"township\":\"历洞镇\",\"county\":\"丰都县\",\"year\":2021,\"text\":\"报告正文。\"}             | unknown-township",
            "unknown code        | {\"townshipCode\":\"445322999\",\"year\":2021,\"text\":\"报告正文。\"}                          | unknown-township",
            "code and name disagree | {\"townshipCode\":\"445322116\",\"township\":\"法镇\",\"year\":2021,\"text\":\"报告正文。\"}  | contradicts-text",
            "code and county disagree | {\"townshipCode\":\"445322116\",\"county\":\"新县\",\"year\":2021,\"text\":\"报告正文。\"}  | contradicts-text",
            "year against the title | {\"townshipCode\":\"445322116\",\"year\":2022,\"text\":\"郁南县历洞镇人民政府\\n2021 年度法治政府建设报告\\n正文。\"} | contradicts-text",
            "code against the heading | {\"townshipCode\":\"610703113\",\"year\":2021,\"text\":\"郁南县历洞镇人民政府\\n2021 年度法治政府建设报告\\n正文。\"} | contradicts-text",
            "no township anywhere | {\"year\":2021,\"text\":\"我镇全年开展普法宣传活动12次。\"}                                      | undetermined-fields",
            "no year anywhere    | {\"townshipCode\":\"445322116\",\"text\":\"我镇全年开展普法宣传活动12次。\"}                    | undetermined-fields"})
    void refusesWhatCannotBeSettledWith422AndStoresNothing(String name, String json, String type) {
        long before = stored();
        expectProblem(given().contentType(ContentType.JSON).body(json).post("/api/v1/reports").then(), type)
                .body("violations", org.hamcrest.Matchers.not(org.hamcrest.Matchers.empty()));
        assertEquals(before, stored());
    }

    @Test
    void saysWhichWordsAGivenYearContradicts() {
        String text = "郁南县历洞镇人民政府\n2021 年度法治政府建设报告\n正文。";
        expectProblem(submit(Map.of("townshipCode", "445322116", "year", 2022, "text", text)), "contradicts-text")
                .body("violations[0].field", equalTo("year"))
                .body("violations[0].message", containsString("2021 年度"))
                .body("detail", containsString("2022"));
    }

    private static ValidatableResponse submit(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/reports").then();
    }

    static ValidatableResponse expectProblem(ValidatableResponse response, String type) {
        return response.statusCode(422).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://fazhi.io/problems/" + type))
                .body("status", equalTo(422));
    }

    static long stored() {
        Map<?, ?> page = given().get("/api/v1/reports?size=1").then().statusCode(200).extract().as(Map.class);
        return ((Number) page.get("total")).longValue();
    }
}
