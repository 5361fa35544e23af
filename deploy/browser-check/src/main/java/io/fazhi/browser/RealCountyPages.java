package io.fazhi.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The dashboard's pages of a running suite, opened in Chromium over a county of real reports (after
 * deploy/local/real_county.py), against what the API serves: the overview's bars in the composite's rank order and its
 * coverage figures, an indicator's bars, a click from a value to the words the API cites for it, a township profile,
 * axe-core's WCAG 2 A/AA rules. Prints one line per check and exits 1 if any failed.
 *
 * With the launcher's tokens ({@code --tokens DATA/tokens.env}) it also signs in with one click and reads the report
 * view: every highlight sits on the words at its offsets in the text submission-service holds, and a township office
 * cannot open another township's report.
 *
 * <p>Usage: {@code RealCountyPages --dashboard http://localhost:8083 --submission http://localhost:8081 --area 500101
 * --year 2024 [--tokens FILE] [--screenshots DIR]}
 */
public final class RealCountyPages {

    private final String dashboard;
    private final String area;
    private final int year;
    private final Path screenshots;
    private String submission = "http://localhost:8081";
    private Map<String, String> tokens = Map.of();
    private Path upload;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> failures = new ArrayList<>();

    private RealCountyPages(String dashboard, String area, int year, Path screenshots) {
        this.dashboard = dashboard.replaceAll("/$", "");
        this.area = area;
        this.year = year;
        this.screenshots = screenshots;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        RealCountyPages check = new RealCountyPages(a.getOrDefault("dashboard", "http://localhost:8083"),
                a.getOrDefault("area", "500101"), Integer.parseInt(a.getOrDefault("year", "2024")),
                a.containsKey("screenshots") ? Path.of(a.get("screenshots")) : null);
        check.submission = a.getOrDefault("submission", check.submission);
        if (a.containsKey("upload")) {
            check.upload = Path.of(a.get("upload"));
        }
        if (a.containsKey("tokens")) {
            check.tokens = tokens(Path.of(a.get("tokens")));
        }
        try (Browser browser = new Browser()) {
            check.run(browser);
        }
        if (!check.failures.isEmpty()) {
            System.out.println("pages: " + check.failures.size() + " check(s) failed");
            System.exit(1);
        }
        System.out.println("pages: ok");
    }

    private void run(Browser browser) throws Exception {
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
            clickToWords(browser, indicator.path("entries").get(0).path("townshipCode").asText(), key);
        }

        String first = composite.path("entries").get(0).path("townshipCode").asText();
        browser.open(dashboard + "/ui/townships/" + first);
        int charts = browser.driver().findElements(By.cssSelector("[data-series] svg")).size();
        check(charts > 0, "the profile of " + first + " draws " + charts + " indicator lines");
        accessible(browser, "the township profile");
        screenshot(browser, "township");
        if (tokens.containsKey("COUNTRY_ADMIN_TOKEN") && tokens.containsKey("TOWNSHIP_TOKEN")) {
            reportView(browser, first);
        }
    }

    /** Signed in with one click as the country administrator: the report with its values at their offsets. */
    private void reportView(Browser browser, String code) throws Exception {
        signIn(browser, "COUNTRY_ADMIN_TOKEN");
        check(true, "one click signs in as " + browser.driver().findElement(By.id("viewer")).getText());
        long reportId = api("/api/v1/townships/" + code).path("years").get(0).path("reportId").asLong();
        browser.open(dashboard + "/ui/townships/" + code + "/" + year + "/report");
        String text = text(reportId, tokens.get("COUNTRY_ADMIN_TOKEN"));
        List<WebElement> marks = browser.driver().findElements(By.cssSelector("#report-text mark"));
        int onTheirWords = 0;
        for (WebElement mark : marks) {
            int start = Integer.parseInt(mark.getAttribute("data-start"));
            int end = Integer.parseInt(mark.getAttribute("data-end"));
            String inText = end <= text.length() ? text.substring(start, end) : null;
            if (mark.getAttribute("textContent").equals(inText)) {
                onTheirWords++;
            }
        }
        check(!marks.isEmpty() && onTheirWords == marks.size(), "the report view of " + code + " highlights "
                + marks.size() + " mentions, " + onTheirWords + " of them exactly on the words at their offsets in the "
                + "submitted text (" + text.length() + " characters)");
        String shown = browser.driver().findElement(By.id("report-text")).getAttribute("textContent");
        check(shown.equals(text), "it shows the submitted text whole, as text");
        accessible(browser, "the report view");
        screenshot(browser, "report");
        correctThroughTheForm(browser);
        signIn(browser, "TOWNSHIP_TOKEN");
        browser.driver().get(dashboard + "/ui/townships/" + code + "/" + year + "/report");
        String page = browser.driver().findElement(By.tagName("main")).getText();
        check(page.contains("无权查看") && browser.driver().findElements(By.id("report-text")).isEmpty(),
                "a township office (" + browser.driver().findElement(By.id("viewer")).getText() + ") cannot open "
                        + code + "'s report");
        browser.driver().findElement(By.cssSelector(".who button")).click();
    }

    /**
     * The review page's form: the last-ranked township's publicity events set far above every other, with a reason;
     * the overview's bars then move it up, and its audit trail lists the step.
     */
    private void correctThroughTheForm(Browser browser) throws Exception {
        String review = dashboard + "/ui/review/" + area + "/" + year;
        browser.open(review);
        check(!browser.driver().findElements(By.id("review-queue")).isEmpty(), "the review page lists "
                + browser.driver().findElements(By.cssSelector("#review-reports tbody tr")).size() + " reports and "
                + browser.driver().findElements(By.cssSelector(".queue-item")).size() + " values to look at");
        accessible(browser, "the review page");
        screenshot(browser, "review");
        if (upload != null && tokens.containsKey("COUNTY_ADMIN_TOKEN")) {
            signIn(browser, "COUNTY_ADMIN_TOKEN");
            uploadUnnamed(browser);
            signIn(browser, "COUNTRY_ADMIN_TOKEN");
        }
        browser.open(dashboard + "/ui/areas/" + area + "/" + year);
        List<String> before = chartOrder(browser);
        JsonNode composite = api("/api/v1/rankings?area=" + area + "&year=" + year);
        JsonNode last = null;
        for (JsonNode e : composite.path("entries")) {
            if (!e.path("insufficientData").asBoolean()) {
                last = e;
            }
        }
        String code = last.path("townshipCode").asText();
        String name = last.path("township").asText();
        JsonNode indicator = api("/api/v1/rankings?area=" + area + "&year=" + year + "&indicator=publicity.events");
        double top = 0;
        boolean stated = false;
        for (JsonNode e : indicator.path("entries")) {
            top = Math.max(top, e.path("value").asDouble());
            stated |= e.path("townshipCode").asText().equals(code);
        }
        browser.open(review);
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("any-township")))
                .selectByValue(code);
        browser.driver().findElement(By.id("any-key")).sendKeys("publicity.events");
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("any-action")))
                .selectByValue(stated ? "correct" : "add");
        browser.driver().findElement(By.id("any-value")).sendKeys(String.valueOf((long) top + 100));
        browser.driver().findElement(By.id("any-reason")).sendKeys("台账记载全年开展普法宣传活动" + ((long) top + 100) + "场");
        long sent = System.nanoTime();
        browser.driver().findElement(By.id("any-submit")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("done")).isEmpty()
                || !d.findElements(By.id("error")).isEmpty());
        boolean done = !browser.driver().findElements(By.id("done")).isEmpty();
        check(done, "the form answers: " + browser.driver().findElement(By.cssSelector(done ? "#done" : "#error"))
                .getText());
        int from = before.indexOf(name) + 1;
        int to = from;
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < until) {
            browser.open(dashboard + "/ui/areas/" + area + "/" + year);
            to = chartOrder(browser).indexOf(name) + 1;
            if (to != from) {
                break;
            }
            Thread.sleep(200);
        }
        check(to > 0 && to < from, "the overview's bars moved " + name + " from place " + from + " to " + to + " "
                + (System.nanoTime() - sent) / 1_000_000 + " ms after the form was sent");
        browser.open(review + "/townships/" + code);
        String trail = browser.driver().findElement(By.id("audit-trail")).getText();
        check(trail.contains("publicity.events") || trail.contains("普法宣传活动"), "the audit trail of " + name
                + " lists the correction");
    }

    /**
     * A county office uploads a real report as a GBK .txt without saying which township or year: the page shows
     * what submission-service detected in the text, then htmx shows when its indicators were read.
     */
    private void uploadUnnamed(Browser browser) throws Exception {
        String township = browser.driver().findElement(By.id("viewer")).getText();
        Path file = java.nio.file.Files.createTempDirectory("fazhi-upload").resolve("法治政府建设情况报告.txt");
        String text = java.nio.file.Files.readString(upload, StandardCharsets.UTF_8) + "\n";
        java.nio.file.Files.write(file, text.getBytes(java.nio.charset.Charset.forName("GBK")));
        browser.open(dashboard + "/ui/upload");
        browser.driver().findElement(By.id("files")).sendKeys(file.toAbsolutePath().toString());
        long sent = System.nanoTime();
        browser.driver().findElement(By.id("upload")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(
                By.cssSelector("#upload-results tr")).isEmpty());
        List<WebElement> detected = browser.driver().findElements(By.cssSelector(".detected-township"));
        String row = browser.driver().findElement(By.cssSelector("#upload-results tbody tr")).getText();
        check(!detected.isEmpty() && detected.get(0).getText().matches(".*（\\d{9}）"), "as " + township
                + ", a GBK .txt upload shows what was detected: " + row);
        accessible(browser, "the upload page");
        boolean read = false;
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(
                    By.cssSelector(".progress.done")).isEmpty());
            read = true;
        } catch (org.openqa.selenium.TimeoutException e) {
            read = false;
        }
        check(read, "htmx shows it read " + (System.nanoTime() - sent) / 1_000_000 + " ms after the upload: "
                + (read ? browser.driver().findElement(By.cssSelector(".progress.done")).getText() : "never"));
        screenshot(browser, "upload");
    }

    /** Signs out if signed in, then in with one click as the launcher's development user {@code id}. */
    private void signIn(Browser browser, String id) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10));
        browser.open(dashboard + "/ui");
        if (!browser.driver().findElements(By.cssSelector(".who button")).isEmpty()) {
            browser.driver().findElement(By.cssSelector(".who button")).click();
            wait.until(d -> !d.findElements(By.id("sign-in")).isEmpty());
        }
        browser.open(dashboard + "/ui/sign-in");
        browser.driver().findElement(By.id("sign-in-" + id)).click();
        wait.until(d -> !d.findElements(By.id("viewer")).isEmpty());
    }

    private static List<String> chartOrder(Browser browser) {
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) browser.script("var c = document.getElementById('composite-chart');"
                + "return c ? echarts.getInstanceByDom(c).getOption().yAxis[0].data : [];");
        return order;
    }

    private String text(long reportId, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(submission + "/api/v1/reports/" + reportId
                + "/text")).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return r.statusCode() == 200 ? r.body() : "";
    }

    private static Map<String, String> tokens(Path file) throws IOException {
        Map<String, String> out = new java.util.HashMap<>();
        for (String line : java.nio.file.Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1).trim());
            }
        }
        return out;
    }

    /** A click on the first township's value opens its values at the quote the API cites for it. */
    private void clickToWords(Browser browser, String code, String key) throws Exception {
        WebElement link = browser.driver().findElement(By.cssSelector("#indicator-table a.value"));
        link.click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("#v-" + key));
        browser.open(browser.driver().getCurrentUrl());
        JsonNode explanation = api("/api/v1/rankings/explanations/" + code + "?year=" + year);
        String cited = null;
        for (JsonNode d : explanation.path("dimensions")) {
            for (JsonNode i : d.path("indicators")) {
                if (i.path("key").asText().equals(key) && i.path("evidence").size() > 0) {
                    cited = i.path("evidence").get(0).path("quote").asText();
                }
            }
        }
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

    private void accessible(Browser browser, String page) throws IOException {
        List<Map<String, Object>> violations = browser.accessibilityViolations();
        check(violations.isEmpty(), page + " passes axe-core's WCAG 2 A/AA rules" + (violations.isEmpty() ? ""
                : ": " + violations));
    }

    private void screenshot(Browser browser, String name) throws IOException {
        if (screenshots != null) {
            browser.screenshot(screenshots, name);
        }
    }

    private JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(dashboard + path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return r.statusCode() == 200 ? json.readTree(r.body()) : json.createObjectNode();
    }

    private void check(boolean ok, String what) {
        System.out.println((ok ? "ok    " : "FAIL  ") + what);
        if (!ok) {
            failures.add(what);
        }
    }
}
