package io.fazhi.indicator.rest;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.fazhi.commons.problem.Problem;
import io.fazhi.commons.problem.Problems;
import io.fazhi.indicator.service.IndicatorsNotFoundException;
import io.fazhi.indicator.service.InvalidCorrectionException;
import io.fazhi.indicator.service.InvalidTextException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The indicator domain's failures as RFC 9457 problems; the common ones are in CommonProblemMapper. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalidText(InvalidTextException e, UriInfo uri) {
        return Problems.respond(e.slug(), "The text cannot be read", e.status(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response invalidCorrection(InvalidCorrectionException e, UriInfo uri) {
        return Problems.respond(Problem.of("invalid-correction", "The correction cannot be applied", 400,
                e.getMessage(), Problems.instance(uri)).withViolations(e.violations()));
    }

    @ServerExceptionMapper
    public Response notFound(IndicatorsNotFoundException e, UriInfo uri) {
        return Problems.respond("indicators-not-found", "No indicators", 404, e.getMessage(), uri);
    }
}
