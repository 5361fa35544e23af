package io.fazhi.dashboard.web;

import static io.fazhi.commons.area.AreaCodes.AREA;
import static io.fazhi.commons.area.AreaCodes.AREA_MESSAGE;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.area.AreaCodes;
import io.fazhi.commons.security.AccessPolicy;
import io.fazhi.commons.security.Caller;
import io.fazhi.commons.security.CurrentCaller;
import io.fazhi.dashboard.service.IndicatorNames;
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
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The county's review work as forms: the queue with a correction form per item, return or accept each report, lock
 * or unlock the year, and a township's audit trail. Every form goes to the API of the service that owns the thing,
 * with the signed-in administrator's own token, and comes back here (post, redirect, get) saying what it did or the
 * service's reason for refusing. Only county administrators of an enclosing area open these pages.
 */
@Path("/ui/review/{area}/{year}")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "pages")
public class ReviewPages {


    /** The templates. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(ReviewPage page);

        static native TemplateInstance trail(String area, int year, String townshipCode,
                List<Map<String, String>> steps);
    }

    private final SuiteClient suite;
    private final IndicatorNames names;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    ReviewPages(SuiteClient suite, IndicatorNames names, CurrentCaller caller, JsonWebToken token) {
        this.suite = suite;
        this.names = names;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Operation(summary = "The review of an area's year: lock, reports with their status, the queue, with forms")
    public Response review(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE)
            String area, @PathParam("year") @Min(2000) @Max(2100) int year, @QueryParam("done") String done,
            @QueryParam("error") String error) {
        Response refused = refused(area);
        if (refused != null) {
            return refused;
        }
        Answer lock = suite.get(Service.SUBMISSION, "/api/v1/locks/" + area + "/" + year, token.getRawToken());
        Answer reports = suite.get(Service.SUBMISSION, "/api/v1/reports?area=" + area + "&year=" + year + "&size=500",
                token.getRawToken());
        Answer queue = suite.get(Service.INDICATOR, "/api/v1/indicators/review-queue?area=" + area + "&year=" + year,
                token.getRawToken());
        List<ReviewPage.Report> latest = ReviewPage.reports(reports.body());
        String problem = !reports.ok() ? reports.detail() : !queue.ok() ? queue.detail() : error;
        return Response.ok(Templates.review(new ReviewPage(area, year, ReviewPage.lock(lock.body()), latest,
                ReviewPage.queue(queue.body().isArray() ? queue.body() : com.fasterxml.jackson.databind.node
                        .JsonNodeFactory.instance.arrayNode(), names.names(), ReviewPage.townships(latest)),
                done, problem))).build();
    }

    @POST
    @Path("/corrections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Confirms, corrects or removes a value (indicator-service's corrections API)")
    public Response correct(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE)
            String area, @PathParam("year") @Min(2000) @Max(2100) int year,
            @FormParam("townshipCode") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit code") String code,
            @FormParam("key") String key, @FormParam("action") String action, @FormParam("value") String value,
            @FormParam("reason") String reason, @FormParam("quote") String quote) {
        Response refused = refused(area);
        if (refused != null) {
            return refused;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("key", key);
        body.put("action", action);
        body.put("reason", reason);
        if (value != null && !value.isBlank()) {
            try {
                body.put("value", new BigDecimal(value.trim()));
            } catch (NumberFormatException e) {
                return back(area, year, null, "数值“" + value + "”不是一个数。");
            }
        }
        if (quote != null && !quote.isBlank()) {
            body.put("quote", quote);
        }
        Answer a = suite.post(Service.INDICATOR, "/api/v1/indicators/" + code + "/" + year + "/corrections",
                token.getRawToken(), body);
        return back(area, year, a.ok() ? "已" + ("confirm".equals(action) ? "确认" : "remove".equals(action) ? "删除"
                : "修正") + " " + code + " 的 " + names.of(key) + "。" : null, a.ok() ? null : a.detail());
    }

    @POST
    @Path("/reports/{id}/{decision:return|accept}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Returns a report to its township with a reason, or accepts it (submission-service)")
    public Response decide(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE)
            String area, @PathParam("year") @Min(2000) @Max(2100) int year, @PathParam("id") long id,
            @PathParam("decision") String decision, @FormParam("reason") String reason) {
        Response refused = refused(area);
        if (refused != null) {
            return refused;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason);
        }
        Answer a = suite.post(Service.SUBMISSION, "/api/v1/reports/" + id + "/" + decision, token.getRawToken(), body);
        return back(area, year, a.ok() ? ("return".equals(decision) ? "已退回 " : "已审核通过 ")
                + a.body().path("township").asText() + " 的报告。" : null, a.ok() ? null : a.detail());
    }

    @POST
    @Path("/{change:lock|unlock}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Locks or unlocks the year of the area (submission-service)")
    public Response lock(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE)
            String area, @PathParam("year") @Min(2000) @Max(2100) int year, @PathParam("change") String change,
            @FormParam("reason") String reason) {
        Response refused = refused(area);
        if (refused != null) {
            return refused;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        if (reason != null && !reason.isBlank()) {
            body.put("reason", reason);
        }
        Answer a = suite.post(Service.SUBMISSION, "/api/v1/locks/" + area + "/" + year
                + ("unlock".equals(change) ? "/unlock" : ""), token.getRawToken(), body);
        return back(area, year, a.ok() ? ("lock".equals(change) ? "已锁定 " : "已解锁 ") + year + " 年度。" : null,
                a.ok() ? null : a.detail());
    }

    @GET
    @Path("/townships/{code}")
    @Operation(summary = "The audit trail of a township's report for the year (indicator-service)")
    public Response trail(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE)
            String area, @PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("code") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit code") String code) {
        Response refused = refused(area);
        if (refused != null) {
            return refused;
        }
        Answer audit = suite.get(Service.INDICATOR, "/api/v1/indicators/" + code + "/" + year + "/audit",
                token.getRawToken());
        List<Map<String, String>> steps = new java.util.ArrayList<>();
        audit.body().forEach(s -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (String f : List.of("at", "actor", "reportVersion", "key", "step", "oldValue", "newValue", "reason")) {
                row.put(f, s.path(f).isNull() ? "—" : s.path(f).asText("—"));
            }
            row.put("name", names.of(s.path("key").asText()));
            steps.add(row);
        });
        return Response.ok(Templates.trail(area, year, code, steps)).build();
    }

    /** Null when the caller is a county administrator of the area; otherwise the answer to give. */
    private Response refused(String area) {
        Caller who = caller.get();
        if (who.isAnonymous()) {
            return Response.seeOther(URI.create("/ui/sign-in")).build();
        }
        if (!AccessPolicy.administers(who, area)) {
            return Response.status(Response.Status.FORBIDDEN).entity(Pages.Templates.denied("只有本区域（或上级区域）"
                    + "的县级管理员可以审核。")).build();
        }
        return null;
    }

    private static Response back(String area, int year, String done, String error) {
        String q = done != null ? "?done=" + URLEncoder.encode(done, StandardCharsets.UTF_8)
                : "?error=" + URLEncoder.encode(error == null ? "" : error, StandardCharsets.UTF_8);
        return Response.seeOther(URI.create("/ui/review/" + area + "/" + year + q)).build();
    }
}
