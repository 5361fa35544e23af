package io.fazhi.submission.rest;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.problem.Problem;
import io.fazhi.submission.service.ReportPage;
import io.fazhi.submission.service.ReportQueryService;
import io.fazhi.submission.service.ReportSubmissionService;
import io.fazhi.submission.service.ReportView;
import io.fazhi.submission.service.SubmissionOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Township reports: submit, read, list. */
@Path("/api/v1/reports")
@Tag(name = "reports", description = "Annual 法治政府建设情况报告 of townships")
public class ReportResource {

    private final ReportSubmissionService submissions;
    private final ReportQueryService queries;

    ReportResource(ReportSubmissionService submissions, ReportQueryService queries) {
        this.submissions = submissions;
        this.queries = queries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a report", description = "Identical text for the same township and year returns "
            + "the stored report; new text creates the next version.")
    @APIResponse(responseCode = "201", description = "Stored as a new version",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "200", description = "Identical text already stored")
    @APIResponse(responseCode = "400", description = "Malformed JSON, missing or invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text over the size limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Unsupported media type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(SubmitReportRequest request, UriInfo uri) {
        if (request == null) {
            throw new jakarta.ws.rs.BadRequestException("The request body is empty.");
        }
        SubmissionOutcome outcome = submissions.submit(request.toCommand());
        URI location = uri.getBaseUriBuilder().path("api/v1/reports").path(String.valueOf(outcome.report().id())).build();
        Response.Status status = outcome.created() ? Response.Status.CREATED : Response.Status.OK;
        return Response.status(status).location(location).entity(outcome.report()).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One stored report version")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "404", description = "Unknown id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportView get(@PathParam("id") long id) {
        return queries.get(id);
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @Operation(summary = "The text of one stored report version, as submitted")
    @APIResponse(responseCode = "200", description = "The text")
    @APIResponse(responseCode = "404", description = "Unknown id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String text(@PathParam("id") long id) {
        return queries.text(id);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reports in an area (2, 4, 6 or 9-digit code prefix), optionally for one year")
    @APIResponse(responseCode = "200", description = "One page of reports, every version",
            content = @Content(schema = @Schema(implementation = ReportPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid area, year or paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportPage list(
            @QueryParam("area") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}|\\d{9}", message = "must be a 2, 4, 6 or 9-digit code") String area,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return queries.list(area, year, page, size);
    }
}
