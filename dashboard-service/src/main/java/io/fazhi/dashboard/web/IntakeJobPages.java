package io.fazhi.dashboard.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import com.fasterxml.jackson.databind.JsonNode;

import io.fazhi.commons.security.CurrentCaller;
import io.fazhi.dashboard.service.ExtractionProgress;
import io.fazhi.dashboard.suite.SuiteClient;
import io.fazhi.dashboard.suite.SuiteClient.Answer;
import io.fazhi.dashboard.suite.SuiteClient.Service;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Bulk intake for a county office that received its townships' reports by mail: a zip (or many files) becomes one
 * intake job of submission-service, and the job's page follows it, polled by htmx every second, from files read to
 * reports stored or refused (with the reason of each) to values in the rankings (this service's read model), until
 * every file is accounted for.
 */
@Path("/ui/upload/jobs")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "pages")
public class IntakeJobPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance job(Job job);

        static native TemplateInstance progress(Job job);

        static native TemplateInstance refused(String reason);
    }

    /** One file of the job: what submission-service made of it and whether its values are ranked yet. */
    public record FileRow(String name, String state, String townshipCode, String township, Integer year,
            Integer version, String refusal, Integer values) {

        public boolean stored() {
            return "STORED".equals(state);
        }

        public boolean refused() {
            return "REFUSED".equals(state);
        }

        public boolean ranked() {
            return values != null;
        }
    }

    /** The job's progress through the stages. */
    public record Job(long id, int files, int stored, int refused, int ranked, List<FileRow> rows) {

        public int waiting() {
            return files - stored - refused;
        }

        /** Every file stored or refused, and every stored one in the rankings: the page stops polling. */
        public boolean finished() {
            return waiting() == 0 && ranked == stored;
        }
    }

    private final SuiteClient suite;
    private final ExtractionProgress progress;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    IntakeJobPages(SuiteClient suite, ExtractionProgress progress, CurrentCaller caller, JsonWebToken token) {
        this.suite = suite;
        this.progress = progress;
        this.caller = caller;
        this.token = token;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Sends a zip or many report files to submission-service as one intake job and shows the job")
    public Response create(@RestForm("files") List<FileUpload> files) {
        Response refused = UploadPages.refusedTo(caller.get());
        if (refused != null) {
            return refused;
        }
        Multipart body = new Multipart();
        int parts = 0;
        for (FileUpload f : files == null ? List.<FileUpload>of() : files) {
            if (f.uploadedFile() != null && f.fileName() != null && !f.fileName().isBlank()) {
                body.file("files", f.fileName(), f.uploadedFile());
                parts++;
            }
        }
        if (parts == 0) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.refused("请选择至少一个文件。")).build();
        }
        Answer a = suite.upload(Service.SUBMISSION, "/api/v1/intake-jobs", token.getRawToken(), body.contentType(),
                body.bytes());
        if (!a.ok()) {
            return Response.status(a.status()).entity(Templates.refused(a.detail())).build();
        }
        return Response.seeOther(URI.create("/ui/upload/jobs/" + a.body().path("id").asLong())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An intake job's progress: files read, stored, refused with their reasons, ranked")
    public Response job(@PathParam("id") @Min(1) long id) {
        return answer(id, false);
    }

    @GET
    @Path("/{id}/progress")
    @Operation(summary = "The job's progress as an htmx fragment")
    public Response jobProgress(@PathParam("id") @Min(1) long id) {
        return answer(id, true);
    }

    private Response answer(long id, boolean fragment) {
        Response refused = UploadPages.refusedTo(caller.get());
        if (refused != null) {
            return refused;
        }
        Answer a = suite.get(Service.SUBMISSION, "/api/v1/intake-jobs/" + id, token.getRawToken());
        if (!a.ok()) {
            return Response.status(a.status()).entity(Templates.refused(a.detail())).build();
        }
        Job job = job(a.body());
        return Response.ok(fragment ? Templates.progress(job) : Templates.job(job)).build();
    }

    private Job job(JsonNode j) {
        List<FileRow> rows = new ArrayList<>();
        int stored = 0;
        int refused = 0;
        int ranked = 0;
        for (JsonNode f : j.path("files")) {
            Integer values = null;
            String state = f.path("state").asText();
            if ("STORED".equals(state)) {
                stored++;
                values = progress.of(f.path("townshipCode").asText(), f.path("year").asInt(), f.path("version").asInt())
                        .map(ExtractionProgress.Read::values).orElse(null);
                ranked += values == null ? 0 : 1;
            } else if ("REFUSED".equals(state)) {
                refused++;
            }
            rows.add(new FileRow(f.path("name").asText(), state, f.path("townshipCode").asText(null),
                    f.path("township").asText(null), f.hasNonNull("year") ? f.path("year").asInt() : null,
                    f.hasNonNull("version") ? f.path("version").asInt() : null,
                    f.path("refusal").isObject() ? f.path("refusal").path("detail").asText() : null, values));
        }
        return new Job(j.path("id").asLong(), j.path("counts").path("files").asInt(rows.size()), stored, refused,
                ranked, rows);
    }
}
