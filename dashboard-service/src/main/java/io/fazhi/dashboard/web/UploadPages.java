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

import io.fazhi.commons.security.AccessPolicy;
import io.fazhi.commons.security.Caller;
import io.fazhi.commons.security.CurrentCaller;
import io.fazhi.dashboard.service.ExtractionProgress;
import io.fazhi.dashboard.suite.SuiteClient;
import io.fazhi.dashboard.suite.SuiteClient.Answer;
import io.fazhi.dashboard.suite.SuiteClient.Service;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Upload for township and county offices: one or many files (.txt in UTF-8 or GBK, .docx, .pdf) go to
 * submission-service's upload API with the caller's token, one by one; the page shows what it detected in each
 * (township, year, document number) or why it refused it, and then, polled by htmx every second, whether the
 * indicators were read, until every file of the batch is.
 */
@Path("/ui/upload")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "pages")
public class UploadPages {

    /** The templates; {@code results} is the fragment htmx swaps in. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(List<Result> results);

        static native TemplateInstance results(List<Result> results);

        static native TemplateInstance progress(String townshipCode, int year, int version, Integer values);
    }

    /** One uploaded file: what submission-service made of it. */
    public record Result(String file, boolean stored, String townshipCode, String township, Integer year,
            Integer version, String documentNumber, String problem) {
    }

    private final SuiteClient suite;
    private final ExtractionProgress progress;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    UploadPages(SuiteClient suite, ExtractionProgress progress, CurrentCaller caller, JsonWebToken token) {
        this.suite = suite;
        this.progress = progress;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Operation(summary = "The upload form")
    public Response form() {
        Response refused = refused();
        return refused != null ? refused : Response.ok(Templates.upload(List.of())).build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Uploads one or many report files to submission-service and shows what it detected")
    public Response upload(@RestForm("file") List<FileUpload> files,
            @RestForm @Pattern(regexp = "|\\d{9}", message = "must be a 9-digit code") String townshipCode,
            @RestForm @Pattern(regexp = "|\\d{4}", message = "must be a year") String year,
            @HeaderParam("HX-Request") String htmx) {
        Response refused = refused();
        if (refused != null) {
            return refused;
        }
        List<Result> results = new ArrayList<>();
        for (FileUpload f : files == null ? List.<FileUpload>of() : files) {
            if (f.uploadedFile() == null || f.fileName() == null || f.fileName().isBlank()) {
                continue;
            }
            results.add(send(f, townshipCode, year));
        }
        return Response.ok("true".equals(htmx) ? Templates.results(results) : Templates.upload(results)).build();
    }

    @GET
    @Path("/progress/{code}/{year}/{version}")
    @Operation(summary = "Whether an uploaded report version's indicators were read (an htmx fragment), for the "
            + "offices that may submit for that township")
    public Response progress(@PathParam("code") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit "
            + "code") String code, @PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("version") @Min(1) int version) {
        Response refused = refused();
        if (refused != null) {
            return refused;
        }
        if (!AccessPolicy.maySubmitFor(caller.get(), code)) {
            return Response.status(Response.Status.FORBIDDEN).entity(Pages.Templates.denied("这个乡镇（街道）不在您的"
                    + "管辖范围内。")).build();
        }
        return Response.ok(Templates.progress(code, year, version, progress.of(code, year, version)
                .map(ExtractionProgress.Read::values).orElse(null))).build();
    }

    private Result send(FileUpload f, String townshipCode, String year) {
        Multipart body = new Multipart();
        if (townshipCode != null && !townshipCode.isBlank()) {
            body.field("townshipCode", townshipCode);
        }
        if (year != null && !year.isBlank()) {
            body.field("year", year);
        }
        body.file("file", f.fileName(), f.uploadedFile());
        Answer a = suite.upload(Service.SUBMISSION, "/api/v1/reports", token.getRawToken(), body.contentType(),
                body.bytes());
        if (!a.ok()) {
            return new Result(f.fileName(), false, null, null, null, null, null, a.detail());
        }
        JsonNode r = a.body();
        return new Result(f.fileName(), true, r.path("townshipCode").asText(), r.path("township").asText(),
                r.path("year").asInt(), r.path("version").asInt(), r.path("documentNumber").asText(null), null);
    }

    private Response refused() {
        return refusedTo(caller.get());
    }

    /** Sign-in for nobody, a 403 page for a reader; null for the township and county offices that may upload. */
    static Response refusedTo(Caller who) {
        if (who.isAnonymous()) {
            return Response.seeOther(URI.create("/ui/sign-in")).build();
        }
        if (!who.has(Caller.TOWNSHIP) && !who.has(Caller.COUNTY_ADMIN)) {
            return Response.status(Response.Status.FORBIDDEN).entity(Pages.Templates.denied("只有乡镇（街道）和县级"
                    + "管理员可以上传报告。")).build();
        }
        return null;
    }
}
