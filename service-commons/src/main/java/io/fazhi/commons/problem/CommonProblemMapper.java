package io.fazhi.commons.problem;

import java.util.List;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.fazhi.commons.json.UndecodableBodyException;
import io.fazhi.commons.security.AccessDeniedException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Problems every service answers alike: unreadable JSON, invalid parameters, HTTP errors, and the unexpected.
 * No stack trace, class name or SQL reaches a caller.
 */
public class CommonProblemMapper {

    private static final Logger LOG = Logger.getLogger(CommonProblemMapper.class);

    @ServerExceptionMapper
    public Response yearLocked(io.fazhi.commons.locks.YearLockedException e, UriInfo uri) {
        return Problems.respond("year-locked", "The report year is locked", 409, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response undecodableJson(UndecodableBodyException e, UriInfo uri) {
        return Problems.respond("undecodable-body", "The request body is not valid UTF-8", 400, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JacksonException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "";
        Problem problem = Problem.of("malformed-json", "The request body is not valid JSON for this resource", 400,
                field.isEmpty() ? "The body could not be read as JSON." : "Field '" + field + "' has the wrong type.",
                Problems.instance(uri));
        return Problems.respond(field.isEmpty() ? problem
                : problem.withViolations(List.of(new Violation(field, "wrong type"))));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return Problems.respond(Problem.of("invalid-request", "The request is invalid", 400,
                "One or more parameters are invalid.", Problems.instance(uri)).withViolations(violations));
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return withChallenge(Problems.respond("unauthorized", "Authentication required", 401,
                "Send a valid bearer token (Authorization: Bearer …).", uri));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return withChallenge(Problems.respond("unauthorized", "Authentication failed", 401,
                "The bearer token is invalid or expired.", uri));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.respond("forbidden", "Forbidden", 403, "Your role may not do this.", uri);
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDeniedException e, UriInfo uri) {
        return Problems.respond("forbidden", "Forbidden", 403, e.getMessage(), uri);
    }

    private static Response withChallenge(Response response) {
        return Response.fromResponse(response).header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JacksonException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request failed" : known.getReasonPhrase();
        return Problems.respond("http-" + status, title, status, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.error("Unexpected failure", e);
        return Problems.respond("internal-error", "Internal error", 500,
                "The request could not be completed; nothing was changed.", uri);
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
