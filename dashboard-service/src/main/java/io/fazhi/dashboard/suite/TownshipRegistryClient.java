package io.fazhi.dashboard.suite;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.fazhi.dashboard.config.DashboardConfig;
import io.fazhi.dashboard.coverage.ExpectedTownship;
import io.fazhi.dashboard.registry.RegistryPage;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The townships of an area from submission-service's registry over HTTP, page by page (500 a page), held for a short
 * time per area. A registry that cannot be reached in time, or answers otherwise than 200 with its page shape, is a
 * {@link RegistryUnavailableException}; nothing is guessed in its place.
 */
@ApplicationScoped
public class TownshipRegistryClient {

    private static final int PAGE_SIZE = 500;
    private static final int MAX_PAGES = 200;

    private record Held(long fetchedAt, List<ExpectedTownship> townships) {
    }

    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final HttpClient http;
    private final String baseUrl;
    private final Duration timeout;
    private final Duration ttl;

    TownshipRegistryClient(DashboardConfig config) {
        this.timeout = config.registry().timeout();
        this.ttl = config.registry().cacheTtl();
        String url = config.registry().url();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public List<ExpectedTownship> townships(String area) {
        Held h = held.get(area);
        if (h != null && System.nanoTime() - h.fetchedAt() < ttl.toNanos()) {
            return h.townships();
        }
        List<ExpectedTownship> fetched = fetch(area);
        held.put(area, new Held(System.nanoTime(), fetched));
        return fetched;
    }

    private List<ExpectedTownship> fetch(String area) {
        List<ExpectedTownship> out = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            RegistryPage p = page(area, page);
            out.addAll(p.items());
            if (p.items().isEmpty() || out.size() >= p.total()) {
                break;
            }
        }
        return List.copyOf(out);
    }

    private RegistryPage page(String area, int page) {
        URI uri = URI.create(baseUrl + "/api/v1/townships?area=" + URLEncoder.encode(area, StandardCharsets.UTF_8)
                + "&page=" + page + "&size=" + PAGE_SIZE);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET()
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RegistryUnavailableException("The township registry at " + baseUrl + " could not be reached ("
                    + e.getClass().getSimpleName() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("Interrupted while asking the township registry.", e);
        }
        if (response.statusCode() != 200) {
            throw new RegistryUnavailableException("The township registry at " + baseUrl + " answered "
                    + response.statusCode() + ".", null);
        }
        try {
            return RegistryPage.parse(response.body());
        } catch (RegistryPage.RegistryFormatException e) {
            throw new RegistryUnavailableException("The township registry gave an unreadable answer: " + e.getMessage()
                    + ".", e);
        }
    }
}
