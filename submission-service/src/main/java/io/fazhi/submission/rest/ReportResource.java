package io.fazhi.submission.rest;

import static io.fazhi.commons.area.AreaCodes.AREA;
import static io.fazhi.commons.area.AreaCodes.AREA_MESSAGE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.fazhi.commons.area.AreaCodes;
import io.fazhi.commons.problem.Problem;
import io.fazhi.commons.problem.Violation;
import io.fazhi.commons.security.Caller;
import io.fazhi.submission.config.SubmissionConfig;
import io.fazhi.submission.intake.DocumentReader;
import io.fazhi.submission.files.FileNames;
import io.fazhi.submission.service.InvalidReportException;
import io.fazhi.submission.service.ReportIntakeService;
import io.fazhi.submission.files.StoredFile;
import io.fazhi.submission.service.ReportPage;
import io.fazhi.submission.service.ReportQueryService;
import io.fazhi.submission.service.ReportSubmissionService;
import io.fazhi.submission.service.ReportDecision;
import io.fazhi.submission.service.ReportReviewService;
import io.fazhi.submission.service.ReportView;
import io.fazhi.submission.service.StatusChangeView;
import io.fazhi.submission.service.SubmissionOutcome;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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

/**
 * Township reports: submit as JSON or upload a file, read, download the original, list. Every path needs a bearer
 * token; which township's reports the caller may touch is decided in the service layer ({@code ReportAccess}).
 */
@Path("/api/v1/reports")
@Tag(name = "reports", description = "Annual 法治政府建设情况报告 of townships")
@Authenticated
@SecurityRequirement(name = "bearer")
public class ReportResource {

    private final ReportSubmissionService submissions;
    private final ReportIntakeService intake;
    private final ReportQueryService queries;
    private final ReportReviewService review;
    private final long maxFileBytes;

    ReportResource(ReportSubmissionService submissions, ReportIntakeService intake, ReportQueryService queries,
            ReportReviewService review, SubmissionConfig config) {
        this.review = review;
        this.submissions = submissions;
        this.intake = intake;
        this.queries = queries;
        this.maxFileBytes = config.maxFileBytes();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TOWNSHIP, Caller.COUNTY_ADMIN})
    @Operation(summary = "Submit a report", description = "Identical text for the same township and year returns "
            + "the stored report; new text creates the next version.")
    @APIResponse(responseCode = "201", description = "Stored as a new version",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "200", description = "Identical text already stored")
    @APIResponse(responseCode = "400", description = "Malformed JSON, missing or invalid fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A reader, or a township that is not the caller's (township offices submit for their own; county admins for their area)")
    @APIResponse(responseCode = "413", description = "Text over the size limit")
    @APIResponse(responseCode = "415", description = "Unsupported media type")
    @APIResponse(responseCode = "422", description = "Unknown or ambiguous township (with candidates), a field that "
            + "contradicts the text, or a township or year that cannot be determined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = CandidatesProblem.class)))
    public Response submit(SubmitReportRequest request, UriInfo uri) {
        if (request == null) {
            throw new jakarta.ws.rs.BadRequestException("The request body is empty.");
        }
        return created(submissions.submit(request.toCommand()), uri);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TOWNSHIP, Caller.COUNTY_ADMIN})
    @Operation(summary = "Upload a report file", description = "A .txt (UTF-8, UTF-8 with BOM, GBK or GB18030), .docx or "
            + ".pdf with a text layer, up to 20 MB, in the part 'file'. Fields not given are read from the document's "
            + "title and heading lines; the original file is kept and can be downloaded.")
    @APIResponse(responseCode = "201", description = "Stored as a new version",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "200", description = "Identical text already stored")
    @APIResponse(responseCode = "400", description = "No file part, or invalid fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A reader, or a township that is not the caller's (township offices submit for their own; county admins for their area)")
    @APIResponse(responseCode = "413", description = "File over 20 MB, or its text over the size limit")
    @APIResponse(responseCode = "415", description = "A file type that is not read (.doc, .xlsx, images …)")
    @APIResponse(responseCode = "422", description = "Content not matching the name, damaged or password-protected "
            + "document, decompression bomb, scanned PDF without text, or township/year not determined",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = CandidatesProblem.class)))
    public Response upload(@RestForm("file") FileUpload file, @RestForm String townshipCode, @RestForm String township,
            @RestForm String county, @RestForm String year, @RestForm String title, UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw new InvalidReportException(List.of(new Violation("file", "must be a file part named 'file'")));
        }
        if (file.size() > maxFileBytes) {
            throw DocumentReader.tooLarge(file.size(), maxFileBytes);
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            // our temporary file, not the client's request: a 500, not the 400 an IOException maps to
            throw new UncheckedIOException(e);
        }
        var upload = new ReportIntakeService.UploadCommand(file.fileName(), content, blankToNull(townshipCode),
                blankToNull(township), blankToNull(county), yearOf(year), blankToNull(title));
        return created(intake.submit(upload), uri);
    }

    @GET
    @Path("/{id}/file")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Caller.TOWNSHIP, Caller.COUNTY_ADMIN})
    @Operation(summary = "The file a report version was uploaded as, byte for byte",
            description = "For the report's township and the county admins of its area only.")
    @APIResponse(responseCode = "200", description = "The original file, with its content type and name")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A reader, or a report of another township or outside the admin's area")
    @APIResponse(responseCode = "404", description = "Unknown id, or a report submitted as JSON text")
    public Response file(@PathParam("id") long id) {
        StoredFile file = queries.file(id);
        String encoded = URLEncoder.encode(file.filename(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + FileNames.asciiFallback(file.filename())
                        + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static Response created(SubmissionOutcome outcome, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("api/v1/reports").path(String.valueOf(outcome.report().id())).build();
        Response.Status status = outcome.created() ? Response.Status.CREATED : Response.Status.OK;
        return Response.status(status).location(location).entity(outcome.report()).build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Integer yearOf(String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw new InvalidReportException(List.of(new Violation("year", "must be a number such as 2023")));
        }
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TOWNSHIP, Caller.COUNTY_ADMIN, Caller.READER})
    @Operation(summary = "One stored report version")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A report of another township or outside the admin's area")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public ReportView get(@PathParam("id") long id) {
        return queries.get(id);
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.COUNTY_ADMIN)
    @Operation(summary = "Return the latest version of a report to its township, with the reason it reads",
            description = "The township answers with a new version, which starts as submitted.")
    @APIResponse(responseCode = "200", description = "The report, returned",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "No reason, or one over 1000 characters")
    @APIResponse(responseCode = "403", description = "Not a county administrator of an enclosing area")
    @APIResponse(responseCode = "404", description = "Unknown id")
    @APIResponse(responseCode = "409", description = "Already returned, or not the latest version")
    public ReportView returnReport(@PathParam("id") long id, ReportDecision decision) {
        return review.returnReport(id, decision);
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.COUNTY_ADMIN)
    @Operation(summary = "Accept the latest version of a submitted report")
    @APIResponse(responseCode = "200", description = "The report, accepted",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "403", description = "Not a county administrator of an enclosing area")
    @APIResponse(responseCode = "404", description = "Unknown id")
    @APIResponse(responseCode = "409", description = "Not submitted (returned or already accepted), or not the "
            + "latest version")
    public ReportView accept(@PathParam("id") long id, ReportDecision decision) {
        return review.accept(id, decision);
    }

    @GET
    @Path("/{id}/history")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TOWNSHIP, Caller.COUNTY_ADMIN})
    @Operation(summary = "The status changes of one report version (returned, accepted), who, when and why")
    @APIResponse(responseCode = "200", description = "The changes, oldest first")
    @APIResponse(responseCode = "403", description = "A report of another township or outside the admin's area")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public List<StatusChangeView> history(@PathParam("id") long id) {
        return review.history(id);
    }

    @GET
    @Path("/{id}/text")
    @Produces(MediaType.TEXT_PLAIN + ";charset=UTF-8")
    @RolesAllowed({Caller.TOWNSHIP, Caller.COUNTY_ADMIN})
    @Operation(summary = "The text of one stored report version, as submitted",
            description = "For the report's township and the county admins of its area only.")
    @APIResponse(responseCode = "200", description = "The text")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A reader, or a report of another township or outside the admin's area")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public String text(@PathParam("id") long id) {
        return queries.text(id);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TOWNSHIP, Caller.COUNTY_ADMIN, Caller.READER})
    @Operation(summary = "Reports in an area (2, 4, 6 or 9-digit code prefix), optionally for one year",
            description = "A township office sees its own township's reports; a county admin those of its area (its "
                    + "whole area when none is given); a reader any area.")
    @APIResponse(responseCode = "200", description = "One page of reports, every version",
            content = @Content(schema = @Schema(implementation = ReportPage.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "An area outside the admin's, or not enclosing the caller's township")
    @APIResponse(responseCode = "400", description = "Invalid area, year or paging")
    public ReportPage list(
            @QueryParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return queries.list(area, year, page, size);
    }
}
