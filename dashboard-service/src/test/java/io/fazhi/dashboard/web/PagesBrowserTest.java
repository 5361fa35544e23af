package io.fazhi.dashboard.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.fazhi.browser.Browser;
import io.fazhi.dashboard.messaging.IndicatorEvents;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pages in headless Chromium, as a county office opens them, over readings that came through the real broker:
 * the overview's chart has one bar per ranked township in the API's rank order, a click on a value lands on its
 * words, a report's markup stays text, the pages pass axe-core's WCAG 2 A/AA rules and fit a phone.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class PagesBrowserTest {

    private static final String AREA = "445376";
    private static final int YEAR = 2023;
    private static final String MARKUP_NAME = "<b>河口</b>镇";
    private static final String SCRIPT_QUOTE = "<script>window.pwned=1</script>全年开展普法活动20次。";
    private static final java.nio.file.Path SCREENSHOTS = java.nio.file.Path.of("target", "screenshots");
    private static Browser browser;

    @TestHTTPResource("/")
    URL base;

    /** Once per class, with the application up (RestAssured knows its port only then). */
    @BeforeEach
    void start() throws Exception {
        if (browser != null) {
            return;
        }
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        send(probe, IndicatorEvents.of(AREA + "101", YEAR - 1, 1).township("都城镇")
                .value("publicity.events", 22, false, "up").value("publicity.materials", 300, false, "up"));
        send(probe, IndicatorEvents.of(AREA + "101", YEAR, 1).township("都城镇")
                .value("publicity.events", 30, false, "up").value("publicity.materials", 500, false, "up")
                .value("disputes.admin_litigation_cases", 1, false, "down", "count", "件", "行政诉讼案件1件。")
                .flag("decision.legal_adviser", true));
        send(probe, IndicatorEvents.of(AREA + "102", YEAR, 1).township(MARKUP_NAME)
                .value("publicity.events", 12, true, "up", "count", "次", "开展普法宣传活动12余次。")
                .value("publicity.materials", 200, false, "up"));
        send(probe, IndicatorEvents.of(AREA + "103", YEAR, 1).township("平台镇")
                .value("publicity.events", 20, false, "up", "count", "次", SCRIPT_QUOTE)
                .value("disputes.admin_litigation_cases", 3, false, "down", "count", "件", "行政诉讼案件3件。"));
        send(probe, IndicatorEvents.of(AREA + "104", YEAR, 1).township("千官镇")
                .value("publicity.events", 20, false, "up").value("publicity.materials", 300, false, "up")
                .flag("decision.legal_adviser", true));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().queryParam("area", AREA).queryParam("year", YEAR)
                .get("/api/v1/rankings").then().extract().<List<Object>>path("entries").size() == 4);
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private static void send(TopicProbe probe, IndicatorEvents e) {
        probe.send("fazhi.indicators.computed", e.townshipCode() + ":" + e.year(), e.json());
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void theOverviewChartHasOneBarPerRankedTownshipInTheApisRankOrder() throws Exception {
        List<String> ranked = given().queryParam("area", AREA).queryParam("year", YEAR).get("/api/v1/rankings")
                .then().statusCode(200).extract().path("entries.findAll { !it.insufficientData }.township");
        List<Float> scores = given().queryParam("area", AREA).queryParam("year", YEAR).get("/api/v1/rankings")
                .then().extract().path("entries.findAll { !it.insufficientData }.score");
        browser.open(url("/ui/areas/" + AREA + "/" + YEAR));
        assertThat(browser.script("return echarts.getInstanceByDom(document.getElementById('composite-chart'))"
                + ".getOption().yAxis[0].data;")).isEqualTo(ranked);
        List<?> drawn = (List<?>) browser.script("return echarts.getInstanceByDom("
                + "document.getElementById('composite-chart')).getOption().series[0].data;");
        assertThat(drawn).hasSameSizeAs(scores);
        for (int i = 0; i < scores.size(); i++) {
            assertThat(((Number) drawn.get(i)).doubleValue()).isCloseTo(scores.get(i), org.assertj.core.data.Offset
                    .offset(0.01));
        }
        assertThat(browser.script("return document.querySelectorAll('#composite-chart svg').length;"))
                .isEqualTo(1L);
        List<String> tableOrder = browser.driver().findElements(By.cssSelector("#composite-table tbody tr td:nth-child(2)"))
                .stream().map(WebElement::getText).toList();
        assertThat(tableOrder).startsWith(ranked.toArray(String[]::new));
        browser.screenshot(SCREENSHOTS, "overview");
    }

    @Test
    void aClickOnARankingValueOpensTheReportValuesAtItsHighlightedWords() throws Exception {
        browser.open(url("/ui/areas/" + AREA + "/" + YEAR + "/indicators/publicity.events"));
        List<String> ranked = given().queryParam("area", AREA).queryParam("year", YEAR)
                .queryParam("indicator", "publicity.events").get("/api/v1/rankings").then().extract()
                .path("entries.township");
        assertThat(browser.script("return echarts.getInstanceByDom(document.getElementById('indicator-chart'))"
                + ".getOption().yAxis[0].data;")).isEqualTo(ranked);
        WebElement tied = browser.driver().findElement(By.xpath("//tr[td/a[text()='平台镇']]"));
        assertThat(tied.getText()).contains("并列");
        browser.screenshot(SCREENSHOTS, "indicator");
        tied.findElement(By.cssSelector("a.value")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(
                "/ui/townships/" + AREA + "103/" + YEAR + "#v-publicity.events"));
        browser.open(browser.driver().getCurrentUrl());
        WebElement target = browser.driver().findElement(By.id("v-publicity.events"));
        assertThat(browser.script("return document.querySelector(':target') === arguments[0];", target))
                .isEqualTo(true);
        assertThat(target.findElement(By.tagName("mark")).getText()).isEqualTo(SCRIPT_QUOTE);
        Number top = (Number) browser.script("return arguments[0].getBoundingClientRect().top;", target);
        Number height = (Number) browser.script("return window.innerHeight;");
        assertThat(top.doubleValue()).isBetween(0.0, height.doubleValue());
        browser.screenshot(SCREENSHOTS, "values");
    }

    @Test
    void textFromAReportIsShownAsTextNeverAsMarkup() {
        browser.open(url("/ui/areas/" + AREA + "/" + YEAR));
        assertThat(browser.driver().findElement(By.id("composite-table")).getText()).contains(MARKUP_NAME);
        assertThat(browser.script("return document.querySelectorAll('#composite-table b, main b').length;"))
                .isEqualTo(0L);
        browser.open(url("/ui/townships/" + AREA + "103/" + YEAR));
        assertThat(browser.script("return window.pwned === undefined;")).isEqualTo(true);
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("<script>window.pwned=1");
    }

    @Test
    void aTownshipProfileDrawsEveryIndicatorAcrossTheYears() throws Exception {
        browser.open(url("/ui/townships/" + AREA + "101"));
        Object years = browser.script("return echarts.getInstanceByDom(document.querySelector("
                + "'[data-series]')).getOption().xAxis[0].data;");
        assertThat(years).isEqualTo(List.of(String.valueOf(YEAR - 1), String.valueOf(YEAR)));
        assertThat(browser.driver().findElements(By.cssSelector("[data-series]"))).hasSize(4);
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("publicity.events")
                .contains("较上年 +8");
        browser.screenshot(SCREENSHOTS, "township");
    }

    @Test
    void everyPagePassesTheAccessibilityRulesAndFitsAPhone() throws Exception {
        for (String page : List.of("/ui", "/ui/areas/" + AREA + "/" + YEAR,
                "/ui/areas/" + AREA + "/" + YEAR + "/indicators/publicity.events", "/ui/townships/" + AREA + "101",
                "/ui/townships/" + AREA + "101/" + YEAR)) {
            browser.size(1366, 768);
            browser.open(url(page));
            assertThat(browser.accessibilityViolations()).as(page).isEmpty();
            browser.size(390, 844);
            browser.open(url(page));
            assertThat(browser.script("return document.documentElement.scrollWidth <= window.innerWidth + 1;"))
                    .as(page + " fits a phone's width").isEqualTo(true);
        }
        browser.size(1366, 768);
    }

    @Test
    void aKeyboardReachesTheRankingFromTheSkipLink() {
        browser.open(url("/ui/areas/" + AREA + "/" + YEAR));
        browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getText()).isEqualTo("跳到正文");
        focused.sendKeys(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.script("return document.activeElement.id;")).isEqualTo("main");
    }
}
