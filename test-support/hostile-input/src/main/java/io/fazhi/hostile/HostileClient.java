package io.fazhi.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends attacks to one service over HTTP/1.1, with a bearer token, and judges each answer. */
public final class HostileClient {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String bearer;

    /** {@code bearer} is a token, or null to send none. */
    public HostileClient(URI base, String bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    public Verdict send(Attack attack) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(attack.path()))
                .timeout(Duration.ofSeconds(60))
                .method(attack.method(), HttpRequest.BodyPublishers.ofByteArray(attack.body()));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (attack.contentType() != null) {
            request.header("Content-Type", attack.contentType());
        }
        long started = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return Verdict.judge(attack, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(), since(started));
        } catch (IOException e) {
            return Verdict.unanswered(e, since(started));
        }
    }

    /** The status of a plain GET (a health check, say), or 0 when nothing answered. */
    public int status(String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long since(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
