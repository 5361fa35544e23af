package io.fazhi.dashboard.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The composite index of {@link CountySample} through the real broker and read model, against ranks computed by
 * hand. Most tests ask for methodology 1.1 (missing=available, disclosure=false: min-max, equal weights per dimension
 * and per indicator within it, aggregation over available data):
 * 106 = (75 + 100) / 2 = 87.5; 101 = 104 = (0 + 100 + 100) / 3 = 66.67; 102 = (75 + 0 + 100) / 3 = 58.33;
 * 103 = (75 + 50 + 0) / 3 = 41.67; 105 reports 2 of 4 indicators: insufficient data. 2022: 101 = 100, 103 = 66.67,
 * 102 = 0.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class CompositeRankingFlowTest {

    private static final String COUNTY = "445390";

    /** Methodology 1.1 asked for explicitly: aggregation over available data, no disclosure dimension. */
    private static io.restassured.specification.RequestSpecification v11() {
        return given().queryParam("missing", "available").queryParam("disclosure", false);
    }

    private static JsonPath composite(String county, Map<String, ?> params) {
        return v11().queryParam("area", county).queryParam("year", 2023).queryParams(params)
                .get("/api/v1/rankings").then().statusCode(200).extract().jsonPath();
    }

    private static void awaitSeeded(String county) {
        CountySample.seed(county);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(composite(county, Map.of("runs", 0)).getList("entries")).hasSize(6);
            assertThat(v11().queryParam("area", county).queryParam("year", 2022).queryParam("runs", 0)
                    .get("/api/v1/rankings").then().extract().jsonPath().getList("entries")).hasSize(3);
        });
    }

    @Test
    void ranksTheCountyAsComputedByHandWithTiesDirectionsMissingAndInsufficientData() {
        awaitSeeded(COUNTY);
        v11().queryParam("area", COUNTY).queryParam("year", 2023).get("/api/v1/rankings").then().statusCode(200)
                .body("entries.townshipCode", contains("445390106", "445390101", "445390104", "445390102",
                        "445390103", "445390105"))
                .body("entries.rank", contains(1, 2, 2, 4, 5, null))
                .body("entries.score", contains(87.5f, 66.67f, 66.67f, 58.33f, 41.67f, null))
                .body("entries.value", contains(87.5f, 66.67f, 66.67f, 58.33f, 41.67f, null))
                .body("entries.insufficientData", contains(false, false, false, false, false, true))
                .body("entries[5].coverage", equalTo(0.5f))
                .body("entries[0].coverage", equalTo(0.75f))
                .body("entries[0].township", equalTo("通门镇"))
                .body("entries[0].dimensionScores", equalTo(Map.of("publicity", 75.0f, "decision", 100.0f)))
                .body("entries[1].dimensionScores.disputes", equalTo(100.0f))
                .body("indicators.key", containsInAnyOrder("publicity.events", "publicity.materials",
                        "disputes.admin_litigation_cases", "decision.legal_adviser"))
                .body("treatments.kind", hasItem("EXCLUDED_NOT_RANKED"))
                .body("treatments.kind", hasItem("EXCLUDED_ZERO_WEIGHT"))
                .body("treatments.kind", hasItem("INSUFFICIENT_DATA"))
                .body("treatments.kind", hasItem("REWEIGHTED"))
                .body("methodologyVersion", equalTo(io.fazhi.dashboard.ranking.RankingEngine.METHODOLOGY_VERSION))
                .body("dataHash", matchesPattern("[0-9a-f]{64}"))
                .body("methodology.weights.structure", equalTo(0.0f))
                .body("uncertainty.runs", equalTo(500))
                .body("ranked", equalTo(5)).body("insufficient", equalTo(1));
    }

    /**
     * The default: evidence-based credit and the disclosure dimension. publicity: 101 = 104 = 0, 102 = 106 = 66.67,
     * 103 = 58.33, 105 = 50 (materials unstated: no credit); disputes (down): 101 = 104 = 100, 102 = 50, 103 = 75,
     * 105 = 0, 106 does not state it (left out); decision: 103 = 0, 105 = 0 (unstated), others 100; disclosure =
     * mean(statutory parts, share of the five catalog items stated, min-max): 101 = 104 = (25 + 100) / 2, 102 = 103 =
     * 100, 105 = (100 + 0) / 2, 106 = (0 + 33.33) / 2. Composite: 102 = 79.17, 101 = 104 = 65.63, 106 = 61.11,
     * 103 = 58.33, 105 = 25: every township that submitted is ranked.
     */
    @Test
    void theDefaultRanksEveryTownshipThatSubmittedAsComputedByHand() {
        awaitSeeded(COUNTY);
        given().queryParam("area", COUNTY).queryParam("year", 2023).get("/api/v1/rankings").then().statusCode(200)
                .body("entries.townshipCode", contains("445390102", "445390101", "445390104", "445390106",
                        "445390103", "445390105"))
                .body("entries.rank", contains(1, 2, 2, 4, 5, 6))
                .body("entries.score", contains(79.17f, 65.63f, 65.63f, 61.11f, 58.33f, 25.0f))
                .body("entries[5].dimensionScores.disclosure", equalTo(50.0f))
                .body("entries[5].dimensionRanks", equalTo(Map.of("publicity", 4, "disputes", 5, "decision", 5,
                        "disclosure", 5)))
                .body("entries[0].dimensionRanks.publicity", equalTo(1))
                .body("entries.find { it.townshipCode == '445390106' }.dimensionRanks.disputes", nullValue())
                .body("ranked", equalTo(6)).body("insufficient", equalTo(0))
                .body("methodology.missing", equalTo("nocredit")).body("methodology.disclosure", equalTo(true))
                .body("treatments.kind", hasItem("MISSING_DATA_RULE")).body("treatments.kind", hasItem("NO_CREDIT"))
                .body("treatments.kind", hasItem("DISCLOSURE_ADDED"))
                .body("uncertainty.missingVaried", equalTo(true));
    }

    @Test
    void rankIntervalsContainTheRank() {
        awaitSeeded(COUNTY);
        List<Map<String, Object>> entries = composite(COUNTY, Map.of("runs", 300)).getList("entries");
        for (Map<String, Object> e : entries) {
            if (e.get("rank") == null) {
                assertThat(e.get("rankLow")).isNull();
                continue;
            }
            int rank = (Integer) e.get("rank");
            assertThat((Integer) e.get("rankLow")).isLessThanOrEqualTo(rank);
            assertThat((Integer) e.get("rankHigh")).isGreaterThanOrEqualTo(rank);
            assertThat((Integer) e.get("medianRank")).isBetween((Integer) e.get("rankLow"), (Integer) e.get("rankHigh"));
        }
        v11().queryParam("area", COUNTY).queryParam("year", 2023).queryParam("runs", 0).get("/api/v1/rankings")
                .then().body("uncertainty", nullValue()).body("entries[0].rankLow", nullValue());
    }

    @Test
    void weightsChangeTheOrderAsComputedByHand() {
        awaitSeeded(COUNTY);
        // publicity 4, disputes 1, decision 1: 106 = (300 + 100) / 5 = 80; 102 = 400 / 6; 103 = 350 / 6; 101 = 104 = 200 / 6
        v11().queryParam("area", COUNTY).queryParam("year", 2023).queryParam("weights", "publicity:4")
                .queryParam("runs", 0).get("/api/v1/rankings").then().statusCode(200)
                .body("entries.townshipCode", contains("445390106", "445390102", "445390103", "445390101",
                        "445390104", "445390105"))
                .body("entries.rank", contains(1, 2, 3, 4, 4, null))
                .body("entries.score", contains(80.0f, 66.67f, 58.33f, 33.33f, 33.33f, null));
        // one dimension: publicity scores 0, 75, 75, 0, 75 tie
        v11().queryParam("area", COUNTY).queryParam("year", 2023).queryParam("dimension", "publicity")
                .queryParam("runs", 0).get("/api/v1/rankings").then().statusCode(200)
                .body("dimension", equalTo("publicity"))
                .body("entries.rank", contains(1, 1, 1, 4, 4, null))
                .body("entries[5].townshipCode", equalTo("445390105"));
    }

    @Test
    void carriesTheChangeAgainstThePreviousYear() {
        awaitSeeded(COUNTY);
        JsonPath ranking = composite(COUNTY, Map.of("runs", 0));
        assertThat(ranking.getInt("previousYear")).isEqualTo(2022);
        assertThat(ranking.getMap("entries.find { it.townshipCode == '445390101' }.change"))
                .containsEntry("previousRank", 1).containsEntry("rankChange", -1).containsEntry("scoreChange", -33.33f);
        assertThat(ranking.getMap("entries.find { it.townshipCode == '445390103' }.change"))
                .containsEntry("previousRank", 2).containsEntry("rankChange", -3).containsEntry("scoreChange", -25.0f);
        assertThat(ranking.getMap("entries.find { it.townshipCode == '445390102' }.change"))
                .containsEntry("previousRank", 3).containsEntry("rankChange", -1);
        assertThat(ranking.getMap("entries.find { it.townshipCode == '445390106' }.change"))
                .containsEntry("previousRank", null);
        v11().queryParam("area", COUNTY).queryParam("year", 2023).queryParam("indicator", "publicity.events")
                .get("/api/v1/rankings").then().statusCode(200)
                .body("methodologyVersion", equalTo(io.fazhi.dashboard.ranking.RankingEngine.METHODOLOGY_VERSION)).body("dataHash", matchesPattern("[0-9a-f]{64}"))
                .body("entries.find { it.townshipCode == '445390101' }.change.previousRank", equalTo(1))
                .body("entries.find { it.townshipCode == '445390101' }.change.valueChange", equalTo(-20.0f));
    }

    @Test
    void explainsAScoreWithTheReportsOwnWords() {
        awaitSeeded(COUNTY);
        JsonPath x = v11().queryParam("year", 2023).get("/api/v1/rankings/explanations/445390102").then()
                .statusCode(200).extract().jsonPath();
        assertThat(x.getString("area")).isEqualTo(COUNTY);
        assertThat(x.getInt("rank")).isEqualTo(4);
        assertThat(x.getFloat("score")).isEqualTo(58.33f);
        assertThat(x.getList("dimensions.contribution", Float.class).stream().mapToDouble(Float::doubleValue).sum())
                .isCloseTo(58.33, org.assertj.core.data.Offset.offset(0.01));
        assertThat(x.getString("dimensions.find { it.dimension == 'publicity' }.indicators"
                + ".find { it.key == 'publicity.materials' }.evidence[0].quote")).isEqualTo("发放宣传资料300份。");
        assertThat(x.getString("dimensions.find { it.dimension == 'disputes' }.indicators[0].evidence[0].quote"))
                .isEqualTo("行政诉讼案件2件。");
        assertThat(x.getString("notInIndex.find { it.key == 'enforcement.penalty_cases' }.evidence[0].quote"))
                .isEqualTo("行政处罚150宗。");
        assertThat(x.getString("dimensions.find { it.dimension == 'publicity' }.indicators"
                + ".find { it.key == 'publicity.materials' }.source")).isEqualTo("machine");
        given().queryParam("year", 2023).get("/api/v1/rankings/explanations/445390199").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void exportsCsvWithByteOrderMarkAndChineseNames() {
        awaitSeeded(COUNTY);
        var response = v11().header("Accept", "text/csv").queryParam("area", COUNTY).queryParam("year", 2023)
                .get("/api/v1/rankings").then().statusCode(200).contentType(matchesPattern("text/csv.*")).extract();
        byte[] body = response.asByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("rank,townshipCode,township,score,approx,rankLow,medianRank,rankHigh");
        assertThat(lines[1]).startsWith("1,445390106,通门镇,87.5,false,");
        assertThat(lines).hasSize(7);
        assertThat(response.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"ranking-445390-2023-composite.csv\"");
        byte[] single = given().header("Accept", "text/csv").queryParam("area", COUNTY).queryParam("year", 2023)
                .queryParam("indicator", "publicity.events").get("/api/v1/rankings").then().statusCode(200)
                .extract().asByteArray();
        assertThat(single).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(single, StandardCharsets.UTF_8)).contains(",平台镇,30,次,false");
    }

    @Test
    void servesTheSameJsonGzippedToClientsThatAskForIt() throws java.io.IOException {
        awaitSeeded(COUNTY);
        var raw = io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
        byte[] plain = given().config(raw).header("Accept-Encoding", "identity").queryParam("area", COUNTY)
                .queryParam("year", 2023).get("/api/v1/rankings").then().statusCode(200)
                .header("Content-Encoding", (String) null).extract().asByteArray();
        var zipped = given().config(raw).header("Accept-Encoding", "gzip").queryParam("area", COUNTY)
                .queryParam("year", 2023).get("/api/v1/rankings").then().statusCode(200)
                .header("Content-Encoding", "gzip").extract();
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.asByteArray()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        assertThat(zipped.asByteArray().length).isLessThan(plain.length);
    }

    @Test
    void aNewReportMovesTheComposite() {
        String county = "445391";
        awaitSeeded(county);
        v11().queryParam("area", county).queryParam("year", 2023).get("/api/v1/rankings").then()
                .body("entries[0].townshipCode", equalTo(county + "106"));
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        CountySample.send(probe, IndicatorEvents.of(county + "103", 2023, 2)
                .value("publicity.events", 100, false, "up", "count", "次", "开展普法活动100次。")
                .value("publicity.materials", 300, false, "up", "count", "份", "发放资料300份。")
                .value("disputes.admin_litigation_cases", 0, false, "down", "count", "件", "全年无一起行政诉讼案件。")
                .flag("decision.legal_adviser", true));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> v11().queryParam("area", county)
                .queryParam("year", 2023).get("/api/v1/rankings").then()
                .body("entries[0].townshipCode", equalTo(county + "103"))
                .body("entries[0].score", equalTo(83.33f)));
    }

    /** A reviewer's value arrives by event like any other, ranks, and the explanation says whose it is. */
    @Test
    void aReviewedValueRanksAndIsExplainedAsTheReviewers() {
        String county = "445392";
        awaitSeeded(county);
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        CountySample.send(probe, IndicatorEvents.of(county + "105", 2023, 2)
                .value("publicity.events", 400, false, "up", "count", "次", "开展普法活动400次。")
                .reviewedBy("admin-" + county)
                .value("disputes.admin_litigation_cases", 0, false, "down", "count", "件", "无行政诉讼。"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> v11().queryParam("year", 2023)
                .get("/api/v1/rankings/explanations/" + county + "105").then().statusCode(200)
                .body("dimensions.find { it.dimension == 'publicity' }.indicators"
                        + ".find { it.key == 'publicity.events' }.value", equalTo(400.0f))
                .body("dimensions.find { it.dimension == 'publicity' }.indicators"
                        + ".find { it.key == 'publicity.events' }.source", equalTo("reviewed"))
                .body("dimensions.find { it.dimension == 'publicity' }.indicators"
                        + ".find { it.key == 'publicity.events' }.reviewedBy", equalTo("admin-" + county)));
    }

    @Test
    void profilesATownshipAcrossYears() {
        awaitSeeded(COUNTY);
        given().get("/api/v1/township-profiles/445390101").then().statusCode(200)
                .body("township", equalTo("历洞镇"))
                .body("years.year", contains(2022, 2023))
                .body("years.composite.rank", contains(1, 2))
                .body("years[1].composite.previousRank", equalTo(1))
                .body("years[1].indicators.find { it.key == 'publicity.events' }.value", equalTo(10.0f))
                .body("years[1].indicators.find { it.key == 'publicity.events' }.previousValue", equalTo(30.0f))
                .body("years[1].indicators.find { it.key == 'publicity.events' }.rank", equalTo(5))
                .body("years[1].indicators.find { it.key == 'enforcement.penalty_cases' }.rank", nullValue());
        given().get("/api/v1/township-profiles/445390999").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/township-profiles/4453").then().statusCode(400);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "unknown dimension         | dimension=justice",
            "weight naming nothing     | weights=justice:2",
            "negative weight           | weights=publicity:-1",
            "weight not a number       | weights=publicity:much",
            "weight without a value    | weights=publicity",
            "unknown method            | method=borda",
            "negative runs             | runs=-1",
            "too many runs             | runs=100000"})
    void rejectsAMethodologyThatCannotBeAppliedWithProblemJson(String name, String query) {
        awaitSeeded(COUNTY);
        given().get("/api/v1/rankings?area=" + COUNTY + "&year=2023&" + query).then().statusCode(400)
                .contentType("application/problem+json").body("status", equalTo(400))
                .body("type", equalTo("https://fazhi.io/problems/invalid-methodology"));
    }

    @Test
    void rankingsAreIdenticalOnRepeatedAsking() {
        awaitSeeded(COUNTY);
        String first = v11().queryParam("area", COUNTY).queryParam("year", 2023).get("/api/v1/rankings").asString();
        String second = v11().queryParam("area", COUNTY).queryParam("year", 2023).queryParam("weights", "")
                .get("/api/v1/rankings").asString();
        assertThat(second).isEqualTo(first);
        assertThat(JsonPath.from(first).getList("entries")).hasSize(6);
        v11().queryParam("area", COUNTY).queryParam("year", 2023).get("/api/v1/rankings").then()
                .body("entries", hasSize(6));
    }
}
