package io.fazhi.commons.problem;

import java.net.URI;
import java.net.URISyntaxException;

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

    /** The request path as the problem's {@code instance}; a path no URI can hold is quoted, or left out. */
    public static URI instance(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return URI.create(uri.getPath());
        } catch (IllegalArgumentException e) {
            try {
                return new URI(null, null, uri.getPath(), null);
            } catch (URISyntaxException unquotable) {
                return null;
            }
        }
    }
}
