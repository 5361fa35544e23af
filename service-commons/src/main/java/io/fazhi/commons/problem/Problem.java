package io.fazhi.commons.problem;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;


/** An RFC 9457 problem detail. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(URI type, String title, int status, String detail, URI instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://fazhi.io/problems/";

    public static Problem of(String slug, String title, int status, String detail, URI instance) {
        return new Problem(URI.create(TYPE_BASE + slug), title, status, detail, instance, List.of());
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, instance, list);
    }
}
