package io.fazhi.submission.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.fazhi.commons.security.Caller;
import io.fazhi.submission.bulk.IntakeJobService;
import io.fazhi.submission.bulk.IntakeJobView;
import io.fazhi.submission.intake.UploadUnpacker.Part;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Bulk intake: many report files, or zips of them, in one upload that answers at once with a job to follow. Each
 * file is then submitted as its own upload would be, with the uploader's rights.
 */
@Path("/api/v1/intake-jobs")
@Tag(name = "intake-jobs", description = "Bulk upload of many report files, followed file by file")
@Authenticated
@SecurityRequirement(name = "bearer")
public class IntakeJobResource {

    private final IntakeJobService jobs;

    IntakeJobResource(IntakeJobService jobs) {
        this.jobs = jobs;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TOWNSHIP, Caller.COUNTY_ADMIN})
    @Operation(summary = "Upload many report files at once", description = "One or more parts named 'files', each a "
            + ".txt (UTF-8, GBK, GB18030), .docx or .pdf, or a .zip of them (folders, __MACOSX/ and dot-files "
            + "skipped; an archive inside it is refused, not opened). Each file becomes one submission, read from "
            + "its own title and heading lines and refused or stored exactly as POST /api/v1/reports would; a refused "
            + "file never blocks the others. Answers at once; follow the job at its Location until its state is DONE.")
    @APIResponse(responseCode = "202", description = "The job, its files QUEUED (or already REFUSED when they "
            + "could not even be unpacked)", content = @Content(schema = @Schema(implementation = IntakeJobView.class)))
    @APIResponse(responseCode = "400", description = "No part named 'files', or nothing but folders and hidden files")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A reader")
    @APIResponse(responseCode = "413", description = "The body over 21 MB, more than 5,000 files, or files adding "
            + "up to more than 100 MB once unpacked")
    @APIResponse(responseCode = "415", description = "Not multipart/form-data")
    public Response create(@RestForm("files") List<FileUpload> files, UriInfo uri) {
        List<Part> parts = files == null ? List.of() : files.stream().filter(f -> f.uploadedFile() != null)
                .map(f -> new Part(f.fileName(), f.contentType(), f.uploadedFile(), f.size())).toList();
        IntakeJobView job = jobs.create(parts);
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path("api/v1/intake-jobs").path(String.valueOf(job.id())).build())
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TOWNSHIP, Caller.COUNTY_ADMIN})
    @Operation(summary = "A bulk upload's progress, file by file", description = "For its creator, and the county "
            + "administrators of an area enclosing the creator's. Every file is accounted for when counts.files == "
            + "counts.stored + counts.refused (state DONE).")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = IntakeJobView.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A reader, or a job of another office")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public IntakeJobView get(@PathParam("id") long id) {
        return jobs.get(id);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Caller.TOWNSHIP, Caller.COUNTY_ADMIN})
    @Operation(summary = "The caller's own bulk uploads, newest first (at most 50), with their counts")
    @APIResponse(responseCode = "200", description = "The jobs, without their files")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "A reader")
    public List<IntakeJobView> list() {
        return jobs.mine();
    }
}
