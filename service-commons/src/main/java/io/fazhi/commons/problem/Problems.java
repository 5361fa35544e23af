package io.fazhi.commons.problem;

import java.net.URI;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Builds problem+json responses, so that every mapper of every service answers in one shape. */
public final class Problems {

    private Problems() {
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static Response respond(String slug, String title, int status, String detail, UriInfo uri) {
        return respond(Problem.of(slug, title, status, detail, instance(uri)));
    }

    public static URI instance(UriInfo uri) {
        return uri == null ? null : URI.create(uri.getPath());
    }
}
