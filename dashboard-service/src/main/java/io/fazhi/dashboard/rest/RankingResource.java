package io.fazhi.dashboard.rest;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.problem.Problem;
import io.fazhi.dashboard.service.CompositeQuery;
import io.fazhi.dashboard.service.CompositeRankingView;
import io.fazhi.dashboard.service.ExplanationService;
import io.fazhi.dashboard.service.ExplanationView;
import io.fazhi.dashboard.service.IndicatorQuery;
import io.fazhi.dashboard.service.IndicatorRankingView;
import io.fazhi.dashboard.service.RankingAnswer;
import io.fazhi.dashboard.service.RankingService;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Comparative rankings of the townships of an area: by one indicator, or the composite index. A held answer is
 * written from the event loop without touching the database; anything else is computed on a worker thread.
 */
@PublishedResult
@Path("/api/v1/rankings")
@Tag(name = "rankings", description = "Townships of an area ranked side by side")
public class RankingResource {

    static final String CSV = "text/csv";
    private static final String AREA = RankingParams.AREA;
    private static final String AREA_MESSAGE = "must be a 2, 4, 6 or 9-digit code";
    static final String MISSING = "what an indicator a report does not state counts for: nocredit (default; an up "
            + "indicator not stated earns 0, as county assessments score), impute (median of the peer group) or "
            + "available (aggregate over what is stated; townships stating under two thirds listed unranked)";
    static final String INDICATOR_COVERAGE = "indicator selection: the share (0..1) of the area's townships that must "
            + "state an indicator for it to enter the index; default 0 (every indicator)";
    static final String DISCLOSURE = "add the disclosure dimension (statutory parts of the report, share of catalog "
            + "items it states); default true";
    static final String PEER_GROUP = "kind: rank within 街道 versus 镇/乡 (the registry's kind), on the area's "
            + "scores; none (default): across the area";

    private final RankingService rankings;
    private final ExplanationService explanations;

    RankingResource(RankingService rankings, ExplanationService explanations) {
        this.rankings = rankings;
        this.explanations = explanations;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "Rank the townships of an area (2, 4, 6 or 9-digit code prefix) in a year",
            description = "With indicator: by that indicator's direction, ties sharing a rank (1, 2, 2, 4); "
                    + "direction-none indicators are listed without ranks. Without indicator: the composite index "
                    + "(0-100; min-max by default, equal weights per dimension and per indicator within it, an "
                    + "unstated up indicator earning no credit, and a disclosure dimension; every township that "
                    + "submitted is ranked, and each entry carries its rank in every dimension), with "
                    + "Monte-Carlo rank intervals (rankLow..rankHigh, 5th-95th percentile) unless runs=0. Report "
                    + "structure (structure.*) weighs 0 unless weights names it. Both forms carry the change against "
                    + "the previous year, methodologyVersion and dataHash. Accept: text/csv (or format=csv) gives "
                    + "UTF-8 CSV with a byte-order mark.")
    @APIResponse(responseCode = "200", description = "The ranking: IndicatorRankingView with indicator, else "
            + "CompositeRankingView", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(oneOf = {CompositeRankingView.class, IndicatorRankingView.class})),
                    @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations
                            .enums.SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid area, year, indicator, dimension, weights, method or runs",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> rank(
            @Parameter(required = true, description = "2, 4, 6 or 9-digit code prefix",
                    schema = @Schema(pattern = RankingParams.AREA)) @QueryParam("area") String area,
            @Parameter(required = true, schema = @Schema(minimum = "2000", maximum = "2100"))
            @QueryParam("year") Integer year,
            @Parameter(description = "a catalog key; without it, the composite index",
                    schema = @Schema(pattern = RankingParams.INDICATOR)) @QueryParam("indicator") String indicator,
            @Parameter(description = "composite of one dimension only (e.g. publicity)",
                    schema = @Schema(pattern = RankingParams.DIMENSION)) @QueryParam("dimension") String dimension,
            @Parameter(description = "dimension or indicator weights, e.g. publicity:2,disputes:1 or "
                    + "publicity.events:0.5; unnamed ones weigh 1") @QueryParam("weights") String weights,
            @Parameter(description = "minmax (default), zscore, percentile or goalposts")
            @QueryParam("method") String method,
            @Parameter(description = "Monte-Carlo runs for rank intervals, 0 to skip; default 500, at most 5000")
            @QueryParam("runs") Integer runs,
            @Parameter(description = "use approximate values (7500余份); default true")
            @QueryParam("includeApprox") Boolean includeApprox,
            @Parameter(description = MISSING) @QueryParam("missing") String missing,
            @Parameter(description = INDICATOR_COVERAGE) @QueryParam("indicatorCoverage") Double indicatorCoverage,
            @Parameter(description = DISCLOSURE) @QueryParam("disclosure") Boolean disclosure,
            @Parameter(description = PEER_GROUP) @QueryParam("peerGroup") String peerGroup,
            @Parameter(description = "csv: the same as Accept: text/csv, for links",
                    schema = @Schema(enumeration = {"csv", "json"})) @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        boolean csv = format == null ? prefersCsv(headers) : "csv".equals(format);
        boolean gzip = !csv && acceptsGzip(headers);
        Object key = RankingParams.key(area, year, indicator, dimension, weights, method, runs, includeApprox,
                missing, indicatorCoverage, disclosure, peerGroup);
        RankingAnswer held = key == null || !RankingParams.knownFormat(format) ? null : rankings.held(key);
        if (held != null) {
            return Uni.createFrom().item(respond(held, csv, gzip));
        }
        RankingParams.check(area, year, indicator, dimension, format);
        Object query = key != null ? key // checked: a key it could not read throws below with the reason
                : CompositeQuery.of(area, year, dimension, weights, method, runs, includeApprox, missing,
                        indicatorCoverage, disclosure, peerGroup);
        CompletionStage<RankingAnswer> computing = query instanceof IndicatorQuery q ? rankings.indicator(q)
                : rankings.composite((CompositeQuery) query);
        return Uni.createFrom().completionStage(computing)
                .onFailure(CompletionException.class).transform(Throwable::getCause)
                .map(answer -> respond(answer, csv, gzip));
    }

    @GET
    @Path("/explanations/{townshipCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Why a township has its composite score",
            description = "Contribution of each dimension and indicator to the score of the composite index asked "
                    + "with the same parameters as the ranking (area defaults to the township's county), with the "
                    + "quotes of the report behind each value, and the values the index does not use.")
    @APIResponse(responseCode = "200", description = "The explanation",
            content = @Content(schema = @Schema(implementation = ExplanationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No report of the township for that year in the area",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExplanationView explain(
            @PathParam("townshipCode") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit code") String townshipCode,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @Parameter(description = "the area the township is ranked in; default its county")
            @QueryParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @QueryParam("dimension") @Pattern(regexp = "[a-z_]+", message = "must be a dimension such as publicity") String dimension,
            @QueryParam("weights") String weights,
            @QueryParam("method") String method,
            @QueryParam("runs") Integer runs,
            @QueryParam("includeApprox") Boolean includeApprox,
            @Parameter(description = MISSING) @QueryParam("missing") String missing,
            @Parameter(description = INDICATOR_COVERAGE) @QueryParam("indicatorCoverage") Double indicatorCoverage,
            @Parameter(description = DISCLOSURE) @QueryParam("disclosure") Boolean disclosure,
            @Parameter(description = PEER_GROUP) @QueryParam("peerGroup") String peerGroup) {
        String scope = area == null ? townshipCode.substring(0, 6) : area;
        return explanations.explain(townshipCode, CompositeQuery.of(scope, year, dimension, weights, method, runs,
                includeApprox, missing, indicatorCoverage, disclosure, peerGroup));
    }

    private static Response respond(RankingAnswer answer, boolean csv, boolean gzip) {
        Response.ResponseBuilder r;
        if (csv) {
            r = Response.ok(answer.csv(), CSV + ";charset=UTF-8").header("Content-Disposition",
                    "attachment; filename=\"" + answer.csvFileName() + "\"");
        } else if (gzip) {
            r = Response.ok(answer.gzippedJson(), MediaType.APPLICATION_JSON).header("Content-Encoding", "gzip");
        } else {
            r = Response.ok(answer.json(), MediaType.APPLICATION_JSON);
        }
        return r.header("Vary", "Accept, Accept-Encoding").header("X-Methodology-Version", answer.methodologyVersion())
                .header("X-Data-Hash", answer.dataHash()).build();
    }

    /** gzip named in Accept-Encoding and not refused with q=0. */
    static boolean acceptsGzip(HttpHeaders headers) {
        String accept = headers.getHeaderString("Accept-Encoding");
        if (accept == null) {
            return false;
        }
        for (String part : accept.split(",")) {
            String[] p = part.trim().split(";");
            if (p[0].trim().equalsIgnoreCase("gzip")) {
                return p.length < 2 || !p[1].replaceAll("\\s", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** CSV only when the client names it before (or with a higher quality than) JSON; a wildcard means JSON. */
    static boolean prefersCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if ("text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
            if ("application".equals(type.getType()) && "json".equals(type.getSubtype())) {
                return false;
            }
        }
        return false;
    }
}
