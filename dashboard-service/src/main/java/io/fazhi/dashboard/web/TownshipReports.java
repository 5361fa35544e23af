package io.fazhi.dashboard.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;

import io.fazhi.commons.security.Caller;
import io.fazhi.commons.security.CurrentCaller;
import io.fazhi.dashboard.suite.SuiteClient;
import io.fazhi.dashboard.suite.SuiteClient.Answer;
import io.fazhi.dashboard.suite.SuiteClient.Service;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A township office's own reports, every version, with the county's decision on each (submitted, returned with the
 * reason it is to answer, accepted), from submission-service with the office's own token.
 */
@Path("/ui/reports")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "pages")
public class TownshipReports {

    /** The template. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(String townshipCode, List<Row> reports, String problem);
    }

    /** One report version as the township sees it. */
    public record Row(int year, int version, String submittedAt, boolean late, String statusName, String reason,
            String changedAt) {
    }

    private final SuiteClient suite;
    private final CurrentCaller caller;
    private final JsonWebToken token;

    TownshipReports(SuiteClient suite, CurrentCaller caller, JsonWebToken token) {
        this.suite = suite;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Operation(summary = "A township office's own reports with their status and the reasons of a return")
    public Response reports() {
        Caller who = caller.get();
        if (who.isAnonymous()) {
            return Response.seeOther(URI.create("/ui/sign-in")).build();
        }
        if (!who.has(Caller.TOWNSHIP) || who.townshipCode() == null) {
            return Response.status(Response.Status.FORBIDDEN).entity(Pages.Templates.denied("这一页是乡镇（街道）"
                    + "查看自己报告的地方；县级管理员请到审核页。")).build();
        }
        Answer a = suite.get(Service.SUBMISSION, "/api/v1/reports?area=" + who.townshipCode() + "&size=500",
                token.getRawToken());
        List<Row> rows = new ArrayList<>();
        for (JsonNode r : a.body().path("items")) {
            rows.add(new Row(r.path("year").asInt(), r.path("version").asInt(),
                    ReviewPage.time(r.path("submittedAt").asText("")), r.path("late").asBoolean(),
                    ReviewPage.status(r.path("status").asText()), r.path("statusReason").asText(""),
                    ReviewPage.time(r.path("statusChangedAt").asText(""))));
        }
        rows.sort(java.util.Comparator.comparingInt(Row::year).reversed()
                .thenComparing(java.util.Comparator.comparingInt(Row::version).reversed()));
        return Response.ok(Templates.reports(who.townshipCode(), rows, a.ok() ? null : a.detail())).build();
    }
}
