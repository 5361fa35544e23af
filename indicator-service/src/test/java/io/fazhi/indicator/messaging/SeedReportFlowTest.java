package io.fazhi.indicator.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fazhi.indicator.extraction.SeedTexts;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.fazhi.shared.SharedData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The five real township reports, consumed as submission-service publishes them, yield stored indicators. */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class SeedReportFlowTest {

    @ParameterizedTest(name = "{0} ({1}, {2})")
    @CsvSource({
            "000_9d32a2e4d44ef17e.txt, 445322116, 2021",
            "001_4cda7b45264484a7.txt, 610703113, 2022",
            "002_6d5c20f5be3252bc.txt, 120119105, 2021",
            "003_621cb3420cf20d40.txt, 500230124, 2020",
            "004_30feef353e3222d7.txt, 411523101, 2023"})
    void readsEveryRealReportIntoStoredIndicators(String seed, String code, int year) throws Exception {
        Path dir = SeedTexts.directory().orElse(null);
        SharedData.require(dir != null, "../shared/seeds is not beside this checkout");
        String text = Files.readString(dir.resolve(seed));
        new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers())
                .send("fazhi.reports.submitted", code + ":" + year, ReportEvents.reportSubmitted(code, year, 1, text));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().get("/api/v1/indicators/{c}/{y}", code, year)
                .then().statusCode(200)
                .body("townshipCode", equalTo(code))
                .body("flags.size()", greaterThan(0))
                .body("structure.'structure.measures'", equalTo(true))
                .body("indicators.confidence", everyItem(both(greaterThan(0f)).and(lessThanOrEqualTo(1f))))
                .body("indicators.reasons", everyItem(not(empty())))
                .body("quantities.findAll { it.key != null }.basis", everyItem(notNullValue())));
    }
}
