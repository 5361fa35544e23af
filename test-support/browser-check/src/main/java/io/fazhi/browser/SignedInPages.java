package io.fazhi.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The pages behind sign-in, with the launcher's development users: one click signs in; the report view highlights
 * every value on the words at its offsets in the text submission-service holds; a click on a ranking value opens it
 * there; the review form's correction moves the overview's bars; an upload shows what was detected and when it was
 * read; a township office reads its own reports and cannot open another township's.
 */
final class SignedInPages {

    private final Suite suite;
    private final Checks checks;
    private final String dashboard;
    private final String area;
    private final int year;
    private final Map<String, String> tokens;
    private final Path upload;
    private String firstRanked;

    SignedInPages(Suite suite, Checks checks) {
        this.suite = suite;
        this.checks = checks;
        this.dashboard = suite.dashboard();
        this.area = suite.area();
        this.year = suite.year();
        this.tokens = suite.tokens();
        this.upload = suite.upload();
    }

    /**
     * Everything behind sign-in, starting as the country administrator with the report of {@code code} (the
     * first-ranked township): its values at their offsets, then the rest in turn.
     */
    void run(Browser browser, String code) throws Exception {
        firstRanked = code;
        signIn(browser, "COUNTRY_ADMIN_TOKEN");
        check(true, "one click signs in as " + browser.driver().findElement(By.id("viewer")).getText());
        long reportId = reportId(code);
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
        clickToTheReport(browser);
        accessible(browser, "the report view");
        screenshot(browser, "report");
        correctThroughTheForm(browser);
        signIn(browser, "TOWNSHIP_TOKEN");
        browser.open(dashboard + "/ui/reports");
        int own = browser.driver().findElements(By.cssSelector("#my-reports tbody tr")).size();
        check(own > 0, "a township office reads its own " + own + " report versions with their status"
                + (own > 0 ? ": " + browser.driver().findElement(By.cssSelector("#my-reports tbody tr")).getText()
                        : ""));
        accessible(browser, "the township's reports page");
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
        checks.fitsAPhone(browser, review, "the review page");
        checks.fitsAPhone(browser, dashboard + "/ui/upload", "the upload page");
        checks.fitsAPhone(browser, dashboard + "/ui/townships/" + firstRanked + "/" + year + "/report",
                "the report view");
        if (upload != null && tokens.containsKey("COUNTY_ADMIN_TOKEN")) {
            signIn(browser, "COUNTY_ADMIN_TOKEN");
            uploadUnnamed(browser);
            bulkUpload(browser);
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
        browser.script("window.fazhiStillHere = true;");
        long sent = System.nanoTime();
        browser.driver().findElement(By.id("any-submit")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("done")).isEmpty()
                || !d.findElements(By.id("error")).isEmpty());
        boolean done = !browser.driver().findElements(By.id("done")).isEmpty();
        check(Boolean.TRUE.equals(browser.script("return window.fazhiStillHere === true;")), "htmx sent the form and "
                + "swapped in the answer without reloading the page");
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

    /**
     * A county office sends a zip of what came by mail: a real report, a damaged .docx and a spreadsheet. The job's
     * page ends with every file accounted for: the report stored and in the rankings, the other two refused with
     * their reasons.
     */
    private void bulkUpload(Browser browser) throws Exception {
        Path zip = java.nio.file.Files.createTempDirectory("fazhi-bulk").resolve("邮寄报告.zip");
        try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip))) {
            entry(out, "邮寄报告/法治政府建设情况报告.txt", java.nio.file.Files.readAllBytes(upload));
            entry(out, "邮寄报告/损坏的报告.docx", "PK not really a document".getBytes(StandardCharsets.UTF_8));
            entry(out, "邮寄报告/统计表.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0});
        }
        browser.open(dashboard + "/ui/upload");
        browser.driver().findElement(By.id("job-files-input")).sendKeys(zip.toAbsolutePath().toString());
        long sent = System.nanoTime();
        browser.driver().findElement(By.id("start-job")).click();
        boolean finished;
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> "true".equals(
                    d.findElement(By.id("job")).getAttribute("data-finished")));
            finished = true;
        } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.NoSuchElementException e) {
            finished = false;
        }
        String counts = browser.driver().findElements(By.cssSelector(".job-counts")).isEmpty() ? "no job page"
                : browser.driver().findElement(By.cssSelector(".job-counts")).getText();
        check(finished && count(browser, ".files") == 3 && count(browser, ".stored") == 1
                && count(browser, ".refused") == 2 && count(browser, ".ranked") == 1, "a zip of a real report, a "
                + "damaged .docx and a spreadsheet ends with every file accounted for "
                + (System.nanoTime() - sent) / 1_000_000 + " ms after it was sent: " + counts);
        check(browser.driver().findElements(By.cssSelector("#job-files tr.refused")).stream()
                .allMatch(r -> r.getText().contains("未能接收：") && r.getText().length() > 20),
                "each refused file names its reason");
        accessible(browser, "the bulk upload page");
        screenshot(browser, "bulk-upload");
    }

    private static void entry(java.util.zip.ZipOutputStream out, String name, byte[] content) throws Exception {
        out.putNextEntry(new java.util.zip.ZipEntry(name));
        out.write(content);
        out.closeEntry();
    }

    private static int count(Browser browser, String css) {
        return Integer.parseInt(browser.driver().findElement(By.cssSelector(".job-counts " + css)).getText().strip());
    }

    /** Signed in, a click on a ranking value opens the report's text scrolled to the highlight of its words. */
    private void clickToTheReport(Browser browser) throws Exception {
        String key = "publicity.events";
        JsonNode indicator = api("/api/v1/rankings?area=" + area + "&year=" + year + "&indicator=" + key);
        if (indicator.path("entries").size() == 0) {
            return;
        }
        int place = suite.firstWithWords(indicator.path("entries"), key);
        if (place < 0) {
            return;
        }
        String code = indicator.path("entries").get(place).path("townshipCode").asText();
        browser.open(dashboard + "/ui/areas/" + area + "/" + year + "/indicators/" + key);
        browser.driver().findElements(By.cssSelector("#indicator-table a.value")).get(place).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(
                "/report#k-" + key));
        browser.open(browser.driver().getCurrentUrl());
        Object mark = browser.script("var t = document.querySelector(':target');"
                + "return t && t.nextElementSibling && t.nextElementSibling.tagName === 'MARK' ? t.nextElementSibling : null;");
        long reportId = reportId(code);
        String text = text(reportId, tokens.get("COUNTRY_ADMIN_TOKEN"));
        boolean onWords = false;
        boolean visible = false;
        String words = "";
        if (mark instanceof WebElement m) {
            int start = Integer.parseInt(m.getAttribute("data-start"));
            int end = Integer.parseInt(m.getAttribute("data-end"));
            words = m.getAttribute("textContent");
            onWords = key.equals(m.getAttribute("data-key")) && end <= text.length()
                    && text.substring(start, end).equals(words);
            Number top = (Number) browser.script("return arguments[0].getBoundingClientRect().top;", m);
            Number height = (Number) browser.script("return window.innerHeight;");
            visible = top.doubleValue() >= 0 && top.doubleValue() <= height.doubleValue();
        }
        check(onWords && visible, "signed in, a click on " + code + "'s ranking value opens its report scrolled to "
                + "the highlighted words \"" + words + "\"");
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

    private List<String> chartOrder(Browser browser) {
        return PublicPages.chartOrder(browser);
    }

    private long reportId(String code) throws IOException, InterruptedException {
        return suite.reportId(code);
    }

    private String text(long reportId, String token) throws IOException, InterruptedException {
        return suite.text(reportId, token);
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
