package io.fazhi.dashboard.web;

import static io.fazhi.commons.area.AreaCodes.AREA;
import static io.fazhi.commons.area.AreaCodes.AREA_MESSAGE;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.commons.area.AreaCodes;
import io.fazhi.commons.security.AccessPolicy;
import io.fazhi.commons.security.CurrentCaller;
import io.fazhi.dashboard.repository.CountyYear;
import io.fazhi.commons.security.PublicResult;
import io.fazhi.dashboard.service.CompositeQuery;
import io.fazhi.dashboard.service.CoverageService;
import io.fazhi.dashboard.service.CoverageView;
import io.fazhi.dashboard.profiles.ExplanationService;
import io.fazhi.dashboard.service.HeldYears;
import io.fazhi.dashboard.service.IndicatorNames;
import io.fazhi.dashboard.service.IndicatorQuery;
import io.fazhi.dashboard.service.RankingService;
import io.fazhi.dashboard.suite.RegistryUnavailableException;
import io.fazhi.dashboard.profiles.TownshipProfileService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * Pages for people (county and township offices), in Chinese, rendered on the server with Qute from the same
 * services the JSON API uses; charts are drawn in the browser by ECharts (SVG) from data the page carries, and every
 * text from a report is escaped by the templates. The HTML adapter beside {@code rest}: it calls services only.
 */
@PublicResult
@Path("/ui")
@Produces(MediaType.TEXT_HTML)
@Blocking
@Tag(name = "pages", description = "Server-rendered pages for county and township offices")
public class Pages {


    /** The templates, checked against their parameters at build time. */
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<CountyYear> counties);

        static native TemplateInstance overview(OverviewPage page);

        static native TemplateInstance indicator(IndicatorPage page);

        static native TemplateInstance township(ProfilePage page);

        static native TemplateInstance values(ValuesPage page);

        static native TemplateInstance denied(String reason);
    }

    private final HeldYears held;
    private final RankingService rankings;
    private final CoverageService coverage;
    private final TownshipProfileService profiles;
    private final ExplanationService explanations;
    private final IndicatorNames names;
    private final CurrentCaller caller;
    private final ObjectMapper json;

    Pages(HeldYears held, RankingService rankings, CoverageService coverage, TownshipProfileService profiles,
            ExplanationService explanations, IndicatorNames names, CurrentCaller caller, ObjectMapper json) {
        this.caller = caller;
        this.names = names;
        this.held = held;
        this.rankings = rankings;
        this.coverage = coverage;
        this.profiles = profiles;
        this.explanations = explanations;
        this.json = json;
    }

    @GET
    @Operation(summary = "The counties and years held, each linking to its overview")
    public TemplateInstance home() {
        return Templates.home(held.list());
    }

    @GET
    @Path("/areas/{area}/{year}")
    @Operation(summary = "County overview: coverage, the composite ranking as a chart with rank intervals, "
            + "dimension scores and the methodology in words")
    public TemplateInstance overview(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @PathParam("year") @Min(2000) @Max(2100) int year,
            @QueryParam("dimension") @Pattern(regexp = "[a-z_]+", message = "must be a dimension key")
            String dimension) {
        CoverageView cover = null;
        String unavailable = null;
        try {
            cover = coverage.coverage(area, year);
        } catch (RegistryUnavailableException e) {
            unavailable = "乡镇名册暂时无法读取（提交服务未响应），覆盖率稍后再看；排名不受影响。";
        }
        return Templates.overview(OverviewPage.of(rankings.composite(CompositeQuery.of(area, year, dimension, null,
                null, null, null)).view(), cover, unavailable, names.names(), json));
    }

    @GET
    @Path("/areas/{area}/{year}/indicators/{key}")
    @Operation(summary = "One indicator's ranking with direction, ties, approximate values and CSV download")
    public TemplateInstance indicator(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @PathParam("year") @Min(2000) @Max(2100) int year,
            @PathParam("key") @Pattern(regexp = "[a-z_]+\\.[a-z_]+", message = "must be an indicator key")
            String key) {
        return Templates.indicator(IndicatorPage.of(rankings.indicator(new IndicatorQuery(area, year, key)).view(),
                names.of(key), code -> AccessPolicy.mayReadReportsOf(caller.get(), code), json));
    }

    @GET
    @Path("/townships/{code}")
    @Operation(summary = "Township profile: every indicator across years as line charts, year-over-year change")
    public TemplateInstance township(@PathParam("code") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit "
            + "code") String code) {
        return Templates.township(ProfilePage.of(profiles.profile(code), names.names(), json));
    }

    @GET
    @Path("/townships/{code}/{year}")
    @Operation(summary = "A township's values of a year with the words of the report each was read from")
    public TemplateInstance values(@PathParam("code") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit "
            + "code") String code, @PathParam("year") @Min(2000) @Max(2100) int year) {
        return Templates.values(ValuesPage.of(explanations.explain(code, CompositeQuery.of(code.substring(0, 6), year,
                null, null, null, null, null)), names.names()));
    }
}
