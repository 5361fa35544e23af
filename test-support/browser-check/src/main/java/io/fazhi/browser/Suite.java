package io.fazhi.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The running suite the pages are checked against: the dashboard's API (what the pages must agree with),
 * submission-service's report texts, the county and year of real reports, the launcher's development tokens and a
 * report to upload.
 */
final class Suite {

    private final String dashboard;
    private final String submission;
    private final String area;
    private final int year;
    private final Map<String, String> tokens;
    private final Path upload;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    Suite(String dashboard, String submission, String area, int year, Map<String, String> tokens, Path upload) {
        this.dashboard = dashboard.replaceAll("/$", "");
        this.submission = submission.replaceAll("/$", "");
        this.area = area;
        this.year = year;
        this.tokens = tokens;
        this.upload = upload;
    }

    String dashboard() {
        return dashboard;
    }

    String area() {
        return area;
    }

    int year() {
        return year;
    }

    Map<String, String> tokens() {
        return tokens;
    }

    Path upload() {
        return upload;
    }

    /** A dashboard API answer as JSON; an empty object when it is not 200. */
    JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(dashboard + path))
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return r.statusCode() == 200 ? json.readTree(r.body()) : json.createObjectNode();
    }

    /** A report's submitted text, read with a token; empty when refused. */
    String text(long reportId, String token) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(submission + "/api/v1/reports/" + reportId
                + "/text")).header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return r.statusCode() == 200 ? r.body() : "";
    }

    /** The id of the township's report of the year, from its profile; -1 when it has none. */
    long reportId(String code) throws IOException, InterruptedException {
        for (JsonNode y : api("/api/v1/township-profiles/" + code).path("years")) {
            if (y.path("year").asInt() == year) {
                return y.path("reportId").asLong();
            }
        }
        return -1;
    }

    /** The quote the API cites for a township's value of an indicator in the year; null when it cites none. */
    String citedQuote(String code, String key) throws IOException, InterruptedException {
        JsonNode explanation = api("/api/v1/rankings/explanations/" + code + "?year=" + year);
        for (JsonNode d : explanation.path("dimensions")) {
            for (JsonNode i : d.path("indicators")) {
                if (i.path("key").asText().equals(key) && i.path("evidence").size() > 0) {
                    return i.path("evidence").get(0).path("quote").asText();
                }
            }
        }
        return null;
    }

    /**
     * The place (0-based) in an indicator's ranking of the first township whose value has words in its report (a
     * reviewer's value may have none); -1 when none has.
     */
    int firstWithWords(JsonNode entries, String key) throws IOException, InterruptedException {
        for (int i = 0; i < entries.size(); i++) {
            if (citedQuote(entries.get(i).path("townshipCode").asText(), key) != null) {
                return i;
            }
        }
        return -1;
    }

    /** The launcher's tokens.env: NAME=token lines. */
    static Map<String, String> tokens(Path file) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                out.put(line.substring(0, eq), line.substring(eq + 1).trim());
            }
        }
        return out;
    }
}
