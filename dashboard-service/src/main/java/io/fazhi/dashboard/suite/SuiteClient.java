package io.fazhi.dashboard.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.dashboard.config.DashboardConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The other services' APIs as the pages use them, always with the signed-in caller's own bearer token: the review
 * and upload forms change what those services own through their APIs, and each service decides what the caller may
 * do. An unreachable service is a {@link RegistryUnavailableException}; any other answer is returned as it came.
 */
@ApplicationScoped
public class SuiteClient {

    /** A service's answer: its status and JSON body (a problem's detail when it refused). */
    public record Answer(int status, JsonNode body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** What to tell the person: the problem's detail, or its title, or the status. */
        public String detail() {
            String d = body.path("detail").asText("");
            if (!d.isEmpty()) {
                StringBuilder out = new StringBuilder(d);
                body.path("violations").forEach(v -> out.append(" ").append(v.path("field").asText()).append(": ")
                        .append(v.path("message").asText()).append("."));
                return out.toString();
            }
            return body.path("title").asText("HTTP " + status);
        }
    }

    /** Which service. */
    public enum Service {
        SUBMISSION, INDICATOR
    }

    private final HttpClient http;
    private final String submission;
    private final String indicator;
    private final ObjectMapper json;

    SuiteClient(DashboardConfig config, ObjectMapper json) {
        this.submission = trim(config.registry().url());
        this.indicator = trim(config.catalog().url());
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.registry().timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Answer get(Service service, String path, String token) {
        return send(service, HttpRequest.newBuilder(uri(service, path)).GET(), token);
    }

    public Answer post(Service service, String path, String token, Object body) {
        try {
            return send(service, HttpRequest.newBuilder(uri(service, path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))), token);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("form bodies are plain maps", e);
        }
    }

    /** A multipart upload, as a browser would send it. */
    public Answer upload(Service service, String path, String token, String contentType, byte[] body) {
        return send(service, HttpRequest.newBuilder(uri(service, path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), token);
    }

    private Answer send(Service service, HttpRequest.Builder request, String token) {
        request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body;
            try {
                body = r.body().isBlank() ? json.createObjectNode() : json.readTree(r.body());
            } catch (JsonProcessingException e) {
                body = json.createObjectNode().put("detail", "HTTP " + r.statusCode());
            }
            return new Answer(r.statusCode(), body);
        } catch (IOException e) {
            throw new RegistryUnavailableException(service.name().toLowerCase(java.util.Locale.ROOT)
                    + "-service could not be reached (" + e.getClass().getSimpleName() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException("Interrupted while asking " + service + ".", e);
        }
    }

    private URI uri(Service service, String path) {
        return URI.create((service == Service.SUBMISSION ? submission : indicator) + path);
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
