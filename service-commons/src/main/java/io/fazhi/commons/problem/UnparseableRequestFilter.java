package io.fazhi.commons.problem;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Refuses, before routing, the requests the framework cannot parse and would otherwise fail on with a 500: a
 * Content-Type that is not a media type, a multipart body without a usable boundary (RFC 2046: 1 to 70 characters
 * of a small set), a path that decodes to characters no URI path may hold (a problem's {@code instance} could not
 * name it). Each is the client's error: a 400 problem.
 */
public class UnparseableRequestFilter {

    private static final Pattern BOUNDARY = Pattern.compile("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseUnparseable(ContainerRequestContext request) {
        if (!isUriPath(request.getUriInfo().getPath())) {
            return refuse("invalid-path", "The request path is not valid",
                    "The path decodes to characters a URI path cannot hold (spaces, controls, quotes …).");
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType == null) {
            return Optional.empty();
        }
        MediaType type;
        try {
            type = MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            return refuse("invalid-content-type", "The Content-Type is not a media type",
                    "Send a media type such as application/json or multipart/form-data; boundary=….");
        }
        if ("multipart".equalsIgnoreCase(type.getType())) {
            String boundary = type.getParameters().get("boundary");
            if (boundary == null || !BOUNDARY.matcher(boundary).matches()) {
                return refuse("invalid-multipart-boundary", "The multipart boundary is missing or invalid",
                        "A multipart Content-Type needs a boundary of 1 to 70 characters (RFC 2046).");
            }
        }
        return Optional.empty();
    }

    private static boolean isUriPath(String path) {
        try {
            URI.create(path);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Without {@code instance}: the path may be the very thing that cannot be written as a URI. */
    private static Optional<Response> refuse(String slug, String title, String detail) {
        return Optional.of(Problems.respond(Problem.of(slug, title, 400, detail, null)));
    }
}
