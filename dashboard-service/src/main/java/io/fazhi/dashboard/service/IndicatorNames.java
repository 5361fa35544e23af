package io.fazhi.dashboard.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.dashboard.config.DashboardConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Chinese names of the indicators, from indicator-service's catalog (its owner), held for ten minutes. While the
 * catalog cannot be read the pages show the keys and ask again after half a minute: a name is never guessed.
 */
@ApplicationScoped
public class IndicatorNames {

    private static final Logger LOG = Logger.getLogger(IndicatorNames.class);
    private static final Duration HOLD = Duration.ofMinutes(10);
    private static final Duration RETRY = Duration.ofSeconds(30);

    private record Held(long until, Map<String, String> names) {
    }

    private final HttpClient http;
    private final URI catalog;
    private final Duration timeout;
    private final ObjectMapper json;
    private volatile Held held = new Held(0, Map.of());

    IndicatorNames(DashboardConfig config, ObjectMapper json) {
        String url = config.catalog().url();
        this.catalog = URI.create((url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + "/api/v1/catalog");
        this.timeout = config.catalog().timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.json = json;
    }

    /** The name of an indicator, or its key when the catalog does not name it (or cannot be read now). */
    public String of(String key) {
        return names().getOrDefault(key, key);
    }

    /** Every name known now, by key. */
    public Map<String, String> names() {
        Held h = held;
        if (System.nanoTime() - h.until() < 0) {
            return h.names();
        }
        Map<String, String> fetched = fetch();
        held = new Held(System.nanoTime() + (fetched == null ? RETRY : HOLD).toNanos(),
                fetched == null ? h.names() : fetched);
        return held.names();
    }

    private Map<String, String> fetch() {
        HttpRequest request = HttpRequest.newBuilder(catalog).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(
                    StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                LOG.warnf("The catalog at %s answered %d; the pages show indicator keys", catalog,
                        response.statusCode());
                return null;
            }
            Map<String, String> out = new HashMap<>();
            for (JsonNode i : json.readTree(response.body()).path("indicators")) {
                if (i.hasNonNull("key") && i.hasNonNull("nameZh")) {
                    out.put(i.get("key").asText(), i.get("nameZh").asText());
                }
            }
            return Map.copyOf(out);
        } catch (IOException e) {
            LOG.warnf("The catalog at %s could not be read (%s); the pages show indicator keys", catalog,
                    e.getClass().getSimpleName());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
