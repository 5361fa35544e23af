package io.fazhi.browser;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The public pages of a running suite against what the API serves: the start page, the overview's bars in the
 * composite's rank order and its coverage figures, an indicator's bars, a click from a value to the words the API
 * cites for it, a township profile, and axe-core's WCAG 2 A/AA rules on each.
 */
final class PublicPages {

    private final Suite suite;
    private final Checks checks;
    private final String dashboard;
    private final String area;
    private final int year;

    PublicPages(Suite suite, Checks checks) {
        this.suite = suite;
        this.checks = checks;
        this.dashboard = suite.dashboard();
        this.area = suite.area();
        this.year = suite.year();
    }

    /** Returns the code of the first-ranked township. */
    String run(Browser browser) throws Exception {
        String overview = "/ui/areas/" + area + "/" + year;
        browser.open(dashboard + "/ui");
        check(!browser.driver().findElements(By.cssSelector("a[href='" + overview + "']")).isEmpty(),
                "the start page links the county's overview " + overview);

        JsonNode composite = api("/api/v1/rankings?area=" + area + "&year=" + year);
        List<String> ranked = new ArrayList<>();
        composite.path("entries").forEach(e -> {
            if (!e.path("insufficientData").asBoolean()) {
                ranked.add(e.path("township").asText());
            }
        });
        browser.open(dashboard + overview);
        Object bars = browser.script("return echarts.getInstanceByDom(document.getElementById('composite-chart'))"
                + ".getOption().yAxis[0].data;");
        check(ranked.equals(bars), "the overview draws " + ranked.size() + " bars, one per ranked township, in the "
                + "API's rank order (first " + (ranked.isEmpty() ? "none" : ranked.get(0)) + ")");
        int rows = browser.driver().findElements(By.cssSelector("#composite-table tbody tr")).size();
        check(rows == composite.path("entries").size(), "its table lists " + rows + " townships");
        JsonNode coverage = api("/api/v1/coverage?area=" + area + "&year=" + year);
        if (coverage != null && coverage.has("submitted")) {
            String shown = browser.driver().findElement(By.id("cov-submitted")).getText();
            check(shown.equals(coverage.path("submitted").asText()), "coverage shows " + shown + " submitted, as the "
                    + "API counts (" + coverage.path("submitted").asText() + " of " + coverage.path("expected").asText()
                    + " expected)");
        }
        accessible(browser, "the overview");
        screenshot(browser, "overview");

        String key = "publicity.events";
        JsonNode indicator = api("/api/v1/rankings?area=" + area + "&year=" + year + "&indicator=" + key);
        List<String> order = new ArrayList<>();
        indicator.path("entries").forEach(e -> order.add(e.path("township").asText()));
        browser.open(dashboard + overview + "/indicators/" + key);
        check(order.equals(browser.script("return echarts.getInstanceByDom(document.getElementById("
                + "'indicator-chart')).getOption().yAxis[0].data;")), "the " + key + " page draws its " + order.size()
                + " townships in the API's order");
        accessible(browser, "the indicator page");
        screenshot(browser, "indicator");
        if (!order.isEmpty()) {
            int place = suite.firstWithWords(indicator.path("entries"), key);
            check(place >= 0, "a township of the " + key + " ranking has its value's words in its report");
            if (place >= 0) {
                clickToWords(browser, indicator.path("entries").get(place).path("townshipCode").asText(), key, place);
            }
        }

        String first = composite.path("entries").get(0).path("townshipCode").asText();
        browser.open(dashboard + "/ui/townships/" + first);
        int charts = browser.driver().findElements(By.cssSelector("[data-series] svg")).size();
        check(charts > 0, "the profile of " + first + " draws " + charts + " indicator lines");
        accessible(browser, "the township profile");
        screenshot(browser, "township");
        return first;
    }

    /** A click on a township's value opens its values at the quote the API cites for it. */
    private void clickToWords(Browser browser, String code, String key, int place) throws Exception {
        WebElement link = browser.driver().findElements(By.cssSelector("#indicator-table a.value")).get(place);
        link.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("#v-" + key));
        browser.open(browser.driver().getCurrentUrl());
        String cited = suite.citedQuote(code, key);
        WebElement target = browser.driver().findElement(By.id("v-" + key));
        String shown = target.findElements(By.tagName("mark")).isEmpty() ? null
                : target.findElements(By.tagName("mark")).get(0).getText();
        boolean targeted = Boolean.TRUE.equals(browser.script("return document.querySelector(':target') === "
                + "arguments[0];", target));
        check(targeted && cited != null && normalized(cited).equals(normalized(shown)), "a click on " + code
                + "'s value lands on the words the API cites: " + (shown == null ? "none"
                        : shown.substring(0, Math.min(40, shown.length())) + "…"));
        accessible(browser, "the values page");
        screenshot(browser, "values");
    }

    private static String normalized(String s) {
        return s == null ? null : s.replaceAll("\\s+", " ").strip();
    }

    static List<String> chartOrder(Browser browser) {
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) browser.script("var c = document.getElementById('composite-chart');"
                + "return c ? echarts.getInstanceByDom(c).getOption().yAxis[0].data : [];");
        return order;
    }

    private JsonNode api(String path) throws IOException, InterruptedException {
        return suite.api(path);
    }

    private void check(boolean ok, String what) {
        checks.check(ok, what);
    }

    private void accessible(Browser browser, String page) throws IOException {
        checks.accessible(browser, page);
    }

    private void screenshot(Browser browser, String name) throws IOException {
        checks.screenshot(browser, name);
    }
}
