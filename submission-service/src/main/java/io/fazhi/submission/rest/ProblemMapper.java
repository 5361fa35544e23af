package io.fazhi.submission.rest;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.fazhi.commons.problem.Problem;
import io.fazhi.commons.problem.Problems;
import io.fazhi.submission.service.InvalidReportException;
import io.fazhi.submission.service.ReportNotFoundException;
import io.fazhi.submission.service.ReportTooLargeException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The submission domain's failures as RFC 9457 problems; the common ones are in CommonProblemMapper. */
public class ProblemMapper {

    @ServerExceptionMapper
    public Response invalidReport(InvalidReportException e, UriInfo uri) {
        return Problems.respond(Problem.of("invalid-report", "The report is invalid", 400,
                "One or more fields are missing or invalid; nothing was stored.", Problems.instance(uri))
                .withViolations(e.violations()));
    }

    @ServerExceptionMapper
    public Response tooLarge(ReportTooLargeException e, UriInfo uri) {
        return Problems.respond("report-too-large", "The report is too large", 413, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(ReportNotFoundException e, UriInfo uri) {
        return Problems.respond("report-not-found", "Report not found", 404, e.getMessage(), uri);
    }
}
