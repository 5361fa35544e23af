package io.fazhi.dashboard.web;

import java.net.URI;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.security.AccessDeniedException;
import io.fazhi.commons.security.AccessPolicy;
import io.fazhi.commons.security.Caller;
import io.fazhi.commons.security.CurrentCaller;
import io.fazhi.commons.security.PublicResult;
import io.fazhi.dashboard.service.IndicatorNames;
import io.fazhi.dashboard.profiles.ReportMentions;
import io.fazhi.dashboard.suite.ReportTextClient;
import io.fazhi.dashboard.profiles.TownshipNotFoundException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The report view: a township's submitted text with every extracted value highlighted at its offsets, for the
 * township itself and county administrators of an enclosing area, signed in. The text comes from submission-service
 * with the caller's own token, so what the caller may not read there is not shown here either.
 */
@PublicResult
@Path("/ui/townships/{code}/{year}/report")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "pages")
public class ReportPages {

    /** The template. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportPage page);
    }

    private final ReportMentions reports;
    private final ReportTextClient texts;
    private final IndicatorNames names;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    ReportPages(ReportMentions reports, ReportTextClient texts, IndicatorNames names, CurrentCaller caller,
            JsonWebToken token) {
        this.reports = reports;
        this.texts = texts;
        this.names = names;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Operation(summary = "The report's text with every extracted value highlighted at its offsets",
            description = "For the township itself and county administrators of an enclosing area, signed in; the "
                    + "text comes from submission-service with the caller's own token.")
    public Response report(@PathParam("code") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit code")
            String code, @PathParam("year") @Min(2000) @Max(2100) int year) {
        Caller who = caller.get();
        if (who.isAnonymous()) {
            return Response.seeOther(URI.create("/ui/sign-in")).build();
        }
        if (!AccessPolicy.mayReadReportsOf(who, code)) {
            return Response.status(Response.Status.FORBIDDEN).entity(Pages.Templates.denied(
                    "只有该乡镇（街道）本身和所属县级管理员可以查看报告原文。")).build();
        }
        ReportMentions.Report report = reports.of(code, year).orElseThrow(() -> new TownshipNotFoundException(
                "No report of township " + code + " for " + year + " is in the read model."));
        try {
            String text = texts.text(report.reportId(), token.getRawToken());
            return Response.ok(Templates.report(ReportPage.of(report, text, names.names()))).build();
        } catch (AccessDeniedException e) {
            return Response.status(Response.Status.FORBIDDEN).entity(Pages.Templates.denied(
                    "提交服务不允许你读取这份报告。")).build();
        }
    }
}
