package io.fazhi.hostile;

import java.io.IOException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** How a service answered an attack, and what was wrong with the answer (null when nothing was). */
public record Verdict(int status, String contentType, byte[] body, long millis, String failure) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** No answer at all: the connection failed or timed out. */
    public static Verdict unanswered(Exception e, long millis) {
        return new Verdict(0, "", new byte[0], millis, "no answer: " + e);
    }

    /** Judges an answer: a refusal must be a 4xx problem, an answerable request a 2xx or a 4xx problem. */
    public static Verdict judge(Attack attack, int status, String contentType, byte[] body, long millis) {
        return new Verdict(status, contentType, body, millis, failure(attack, status, contentType, body));
    }

    private static String failure(Attack attack, int status, String contentType, byte[] body) {
        if (!attack.refusal() && status >= 200 && status < 300) {
            return null;
        }
        if (status < 400 || status > 499) {
            return "status " + status + ": " + Bytes.preview(body);
        }
        if (!contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            return "status " + status + " with Content-Type '" + contentType + "': " + Bytes.preview(body);
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem == null || problem.path("status").asInt() != status || problem.path("title").asText().isEmpty()) {
                return "problem without matching status and title: " + Bytes.preview(body);
            }
        } catch (IOException e) {
            return "unreadable problem: " + Bytes.preview(body);
        }
        return null;
    }

    /** This answer, with what an inspection found wrong in it. */
    public Verdict failing(String finding) {
        return new Verdict(status, contentType, body, millis, finding);
    }

    public boolean failed() {
        return failure != null;
    }
}
