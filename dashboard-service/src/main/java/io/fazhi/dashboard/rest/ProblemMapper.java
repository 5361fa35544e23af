package io.fazhi.dashboard.rest;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.fazhi.commons.problem.Problem;
import io.fazhi.commons.problem.Problems;
import io.fazhi.dashboard.ranking.InvalidMethodologyException;
import io.fazhi.dashboard.service.CompositeTooLargeException;
import io.fazhi.dashboard.suite.RegistryUnavailableException;
import io.fazhi.dashboard.profiles.TownshipNotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The dashboard's failures as RFC 9457 problems; the common ones are in CommonProblemMapper. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalidMethodology(InvalidMethodologyException e, UriInfo uri) {
        return Problems.respond("invalid-methodology", "The ranking cannot be computed as asked", 400,
                capitalized(e.getMessage()) + ".", uri);
    }

    @ServerExceptionMapper
    public Response invalidQuery(InvalidQueryException e, UriInfo uri) {
        return Problems.respond(Problem.of("invalid-request", "The request is invalid", 400,
                "One or more parameters are invalid.", Problems.instance(uri)).withViolations(e.violations()));
    }

    @ServerExceptionMapper
    public Response townshipNotFound(TownshipNotFoundException e, UriInfo uri) {
        return Problems.respond("township-not-found", "Township not found", 404, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response registryUnavailable(RegistryUnavailableException e, UriInfo uri) {
        Problem problem = Problem.of("registry-unavailable", "The township registry is unavailable", 503,
                e.getMessage() + " Coverage needs the registry's list of townships; try again shortly.",
                Problems.instance(uri));
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "30").entity(problem).build();
    }

    @ServerExceptionMapper
    public Response compositeTooLarge(CompositeTooLargeException e, UriInfo uri) {
        Problem problem = Problem.of("composite-too-large", "The ranking needs more memory than this replica has", 503,
                e.getMessage(), Problems.instance(uri));
        Response.ResponseBuilder r = Response.status(503).type(Problem.MEDIA_TYPE).entity(problem);
        return (e.retryable() ? r.header("Retry-After", "10") : r).build();
    }

    private static String capitalized(String message) {
        return message == null || message.isEmpty() ? "Invalid methodology"
                : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
