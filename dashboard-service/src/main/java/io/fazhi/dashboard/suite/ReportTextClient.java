package io.fazhi.dashboard.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.fazhi.commons.security.AccessDeniedException;
import io.fazhi.dashboard.config.DashboardConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A report's submitted text from submission-service, its owner, asked with the caller's own bearer token: what the
 * caller may not read there, the page does not show either. Unreachable: {@link RegistryUnavailableException}.
 */
@ApplicationScoped
public class ReportTextClient {

    private final HttpClient http;
    private final String baseUrl;
    private final Duration timeout;

    ReportTextClient(DashboardConfig config) {
        this.timeout = config.registry().timeout();
        String url = config.registry().url();
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String text(long reportId, String bearerToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/reports/" + reportId + "/text"))
                .timeout(Duration.ofSeconds(10)).header("Accept", "text/plain")
                .header("Authorization", "Bearer " + bearerToken).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RegistryUnavailableException("submission-service at " + baseUrl + " could not be reached ("
                    + e.getClass().getSimpleName() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("Interrupted while asking for a report's text.", e);
        }
        return switch (response.statusCode()) {
            case 200 -> response.body();
            case 401, 403 -> throw new AccessDeniedException("submission-service does not let you read report "
                    + reportId + ".");
            default -> throw new RegistryUnavailableException("submission-service answered " + response.statusCode()
                    + " for the text of report " + reportId + ".", null);
        };
    }
}
