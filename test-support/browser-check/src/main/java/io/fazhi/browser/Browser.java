package io.fazhi.browser;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by its chromedriver: the browser a county office would use. A missing browser
 * fails the test with what to install; it never skips. Screenshots go to the directory given.
 */
public final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("fazhi.chromium", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("fazhi.chromedriver", "/usr/bin/chromedriver");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

    private final ChromeDriver driver;
    private final Path profile;

    public Browser() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver (" + CHROMIUM
                    + ", " + DRIVER + "): apt-get install --no-install-recommends chromium chromium-driver "
                    + "fonts-wqy-microhei");
        }
        profile = Files.createTempDirectory("fazhi-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // without the background-networking flags Chromium keeps dialling out of this closed network
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=1366,768",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page and waits until its charts are drawn. */
    public void open(String url) {
        driver.get(url);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> "true".equals(script(
                "return document.body && document.body.dataset.chartsReady;")));
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    public void size(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** The axe-core violations of the page (WCAG 2 A and AA rules: contrast, labels, keyboard use, ...). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> accessibilityViolations() throws IOException {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            script(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa']}})"
                + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, help: v.help, "
                + "nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; })); })"
                + ".catch(function (e) { done([{id: 'axe-failed', help: String(e), nodes: []}]); });");
        return (List<Map<String, Object>>) result;
    }

    public void screenshot(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
