package io.fazhi.browser;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The dashboard's pages of a running suite, opened in Chromium over a county of real reports (after
 * deploy/local/real_county.py), against what the API serves: {@link PublicPages}, and with the launcher's tokens
 * {@link SignedInPages}. Prints one line per check and exits 1 if any failed.
 *
 * <p>Usage: {@code RealCountyPages --dashboard http://localhost:8083 --submission http://localhost:8081 --area 500101
 * --year 2024 [--tokens DATA/tokens.env] [--upload REPORT.txt] [--screenshots DIR]}
 */
public final class RealCountyPages {

    private RealCountyPages() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Map<String, String> tokens = a.containsKey("tokens") ? Suite.tokens(Path.of(a.get("tokens"))) : Map.of();
        Suite suite = new Suite(a.getOrDefault("dashboard", "http://localhost:8083"),
                a.getOrDefault("submission", "http://localhost:8081"), a.getOrDefault("area", "500101"),
                Integer.parseInt(a.getOrDefault("year", "2024")), tokens,
                a.containsKey("upload") ? Path.of(a.get("upload")) : null);
        Checks checks = new Checks(a.containsKey("screenshots") ? Path.of(a.get("screenshots")) : null);
        try (Browser browser = new Browser()) {
            String first = new PublicPages(suite, checks).run(browser);
            if (tokens.containsKey("COUNTRY_ADMIN_TOKEN") && tokens.containsKey("TOWNSHIP_TOKEN")) {
                new SignedInPages(suite, checks).run(browser, first);
            }
        }
        if (checks.failed() > 0) {
            System.out.println("pages: " + checks.failed() + " check(s) failed");
            System.exit(1);
        }
        System.out.println("pages: ok");
    }
}
