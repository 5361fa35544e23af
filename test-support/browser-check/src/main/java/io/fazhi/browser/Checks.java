package io.fazhi.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The checks made so far: one printed line each (ok or FAIL), the failures kept, screenshots where asked. */
final class Checks {

    private final List<String> failures = new ArrayList<>();
    private final Path screenshots;

    Checks(Path screenshots) {
        this.screenshots = screenshots;
    }

    void check(boolean ok, String what) {
        System.out.println((ok ? "ok    " : "FAIL  ") + what);
        if (!ok) {
            failures.add(what);
        }
    }

    void accessible(Browser browser, String page) throws IOException {
        List<Map<String, Object>> violations = browser.accessibilityViolations();
        check(violations.isEmpty(), page + " passes axe-core's WCAG 2 A/AA rules" + (violations.isEmpty() ? ""
                : ": " + violations));
    }

    /** Opens the page at a phone's width (390 × 844) and checks that nothing needs sideways scrolling. */
    void fitsAPhone(Browser browser, String url, String page) {
        browser.size(390, 844);
        browser.open(url);
        check(Boolean.TRUE.equals(browser.script("return document.documentElement.scrollWidth <= window.innerWidth + 1;")),
                page + " fits a phone's width");
        browser.size(1366, 768);
    }

    void screenshot(Browser browser, String name) throws IOException {
        if (screenshots != null) {
            browser.screenshot(screenshots, name);
        }
    }

    int failed() {
        return failures.size();
    }
}
