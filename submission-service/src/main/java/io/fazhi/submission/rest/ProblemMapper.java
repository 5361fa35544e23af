package io.fazhi.submission.rest;

import java.io.IOException;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.fazhi.commons.problem.Problem;
import io.fazhi.commons.problem.Problems;
import io.fazhi.submission.detection.IdentificationException;
import io.fazhi.submission.intake.DocumentRejectedException;
import io.fazhi.submission.bulk.IntakeJobNotFoundException;
import io.fazhi.submission.service.InvalidReportException;
import io.fazhi.submission.service.InvalidRequestException;
import io.fazhi.submission.service.ReportNotFoundException;
import io.fazhi.submission.service.ReportTooLargeException;
import io.fazhi.submission.service.TownshipConflictException;
import io.fazhi.submission.service.TownshipNotFoundException;
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
    public Response invalidRequest(InvalidRequestException e, UriInfo uri) {
        return Problems.respond(Problem.of("invalid-request", "The request is invalid", 400, e.getMessage() + ".",
                Problems.instance(uri)).withViolations(java.util.List.of(e.violation())));
    }

    /**
     * The request body could not be read to its end: a multipart body that breaks off or never reaches its closing
     * boundary, a client that hangs up. Failures of the service's own files are not IOExceptions here (the upload
     * reader rethrows them unchecked), so this is always the request's fault.
     */
    @ServerExceptionMapper
    public Response unreadableBody(IOException e, UriInfo uri) {
        return Problems.respond("unreadable-body", "The request body cannot be read", 400,
                "The body broke off or is not well-formed (a multipart body must end with its closing boundary); "
                        + "nothing was stored.", uri);
    }

    @ServerExceptionMapper
    public Response tooLarge(ReportTooLargeException e, UriInfo uri) {
        return Problems.respond("report-too-large", "The report is too large", 413, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response notFound(ReportNotFoundException e, UriInfo uri) {
        return Problems.respond("report-not-found", "Report not found", 404, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response unidentified(IdentificationException e, UriInfo uri) {
        Problem problem = Problem.of(e.kind().slug(), e.kind().title(), 422, e.getMessage() + " Nothing was stored.",
                Problems.instance(uri)).withViolations(e.violations());
        return Response.status(422).type(Problem.MEDIA_TYPE).entity(CandidatesProblem.of(problem, e.candidates()))
                .build();
    }

    @ServerExceptionMapper
    public Response rejectedDocument(DocumentRejectedException e, UriInfo uri) {
        var reason = e.reason();
        return Problems.respond(reason.slug(), reason.title(), reason.status(), e.getMessage() + " Nothing was stored.",
                uri);
    }

    @ServerExceptionMapper
    public Response uploadTooLarge(io.fazhi.submission.intake.UploadTooLargeException e, UriInfo uri) {
        return Problems.respond("upload-too-large", "The upload is too large", 413, e.getMessage()
                + " Nothing was stored.", uri);
    }

    @ServerExceptionMapper
    public Response intakeJobNotFound(io.fazhi.submission.bulk.IntakeJobNotFoundException e, UriInfo uri) {
        return Problems.respond("intake-job-not-found", "Intake job not found", 404, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response townshipNotFound(TownshipNotFoundException e, UriInfo uri) {
        return Problems.respond("township-not-found", "Township not found", 404, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response townshipConflict(TownshipConflictException e, UriInfo uri) {
        return Problems.respond("township-conflict", "The change clashes with the registry", 409, e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response stateConflict(io.fazhi.submission.service.ReportStateConflictException e, UriInfo uri) {
        return Problems.respond("report-state-conflict", "The report's state does not allow this", 409,
                e.getMessage(), uri);
    }
}
