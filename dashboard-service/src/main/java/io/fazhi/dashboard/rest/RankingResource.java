package io.fazhi.dashboard.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.security.PublicResult;
import io.fazhi.dashboard.service.CompositeRankingView;
import io.fazhi.dashboard.profiles.ExplanationService;
import io.fazhi.dashboard.profiles.ExplanationView;
import io.fazhi.dashboard.service.IndicatorRankingView;
import io.fazhi.dashboard.service.RankingAnswer;
import io.fazhi.dashboard.service.RankingQuery;
import io.fazhi.dashboard.service.RankingService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

/**
 * Comparative rankings of the townships of an area: by one indicator, or the composite index. The one adapter of the
 * blocking {@link RankingService} to the event loop: a held answer is written from the event loop without touching
 * the database (a held JSON answer of public results by {@link HeldRankingRoute}, before this resource); anything
 * else is computed on a worker thread. JSON or CSV is negotiated by the framework from the
 * Accept header (or named by {@code format}) and written by {@link RankingAnswerWriter}.
 */
@PublicResult
@Path("/api/v1/rankings")
@Tag(name = "rankings", description = "Townships of an area ranked side by side")
public class RankingResource {

    static final String VARY = "Accept, Accept-Encoding";
    static final String METHODOLOGY_VERSION = "X-Methodology-Version";
    static final String DATA_HASH = "X-Data-Hash";
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            RankingRequest.CSV_TYPE).build();

    private final RankingService rankings;
    private final ExplanationService explanations;

    RankingResource(RankingService rankings, ExplanationService explanations) {
        this.rankings = rankings;
        this.explanations = explanations;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, RankingRequest.CSV + ";charset=UTF-8"})
    @Operation(summary = "Rank the townships of an area (2, 4, 6 or 9-digit code prefix) in a year",
            description = "With indicator: by that indicator's direction, ties sharing a rank (1, 2, 2, 4); "
                    + "direction-none indicators are listed without ranks. Without indicator: the composite index "
                    + "(0-100; min-max by default, equal weights per dimension and per indicator within it, an "
                    + "unstated up indicator earning no credit, and a disclosure dimension; every township that "
                    + "submitted is ranked, and each entry carries its rank in every dimension), with Monte-Carlo "
                    + "rank intervals (rankLow..rankHigh, 5th-95th percentile) unless runs=0. Report structure "
                    + "(structure.*) weighs 0 unless weights names it. Both forms carry the change against the "
                    + "previous year, methodologyVersion and dataHash. Accept: text/csv (or format=csv) gives UTF-8 "
                    + "CSV with a byte-order mark; Accept-Encoding: gzip compresses.")
    @APIResponse(responseCode = "200", description = "The ranking: IndicatorRankingView with indicator, else "
            + "CompositeRankingView", content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(oneOf = {CompositeRankingView.class, IndicatorRankingView.class})),
                    @Content(mediaType = RankingRequest.CSV, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Invalid area, year, indicator, dimension, weights, method, runs "
            + "or other choice")
    public Uni<Response> rank(@BeanParam RankingRequest request, @Context Request http, @Context HttpHeaders headers) {
        RankingQuery query = request.query();
        MediaType type = request.format() != null ? request.format() : negotiated(http, headers);
        RankingAnswer held = rankings.held(query);
        if (held != null) {
            return Uni.createFrom().item(respond(held, type));
        }
        return Uni.createFrom().item(() -> respond(rankings.rank(query), type))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @GET
    @Blocking
    @Path("/explanations/{townshipCode}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Why a township has its composite score",
            description = "Contribution of each dimension and indicator to the score of the composite index asked "
                    + "with the same parameters as the ranking (area defaults to the township's county), with the "
                    + "quotes of the report behind each value, and the values the index does not use.")
    @APIResponse(responseCode = "200", description = "The explanation",
            content = @Content(schema = @Schema(implementation = ExplanationView.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameters")
    @APIResponse(responseCode = "404", description = "No report of the township for that year in the area")
    public ExplanationView explain(
            @PathParam("townshipCode") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit code") String townshipCode,
            @BeanParam RankingRequest request) {
        return explanations.explain(townshipCode, request.compositeFor(townshipCode.substring(0, 6)));
    }

    /** JSON for a client that names no type or anything (most callers), else the framework's choice. */
    private static MediaType negotiated(Request http, HttpHeaders headers) {
        if (asksPlainJson(headers.getHeaderString(HttpHeaders.ACCEPT))) {
            return MediaType.APPLICATION_JSON_TYPE;
        }
        Variant v = http.selectVariant(VARIANTS);
        if (v == null) {
            throw new NotAcceptableException("rankings are served as application/json or text/csv");
        }
        return v.getMediaType();
    }

    /** An Accept header that leaves JSON to the server: none, {@code *}{@code /*} or {@code application/json}. */
    static boolean asksPlainJson(String accept) {
        return accept == null || accept.isEmpty() || accept.equals("*/*") || accept.equals(MediaType.APPLICATION_JSON);
    }

    private static Response respond(RankingAnswer answer, MediaType type) {
        Response.ResponseBuilder r = Response.ok(answer, type).header("Vary", VARY)
                .header(METHODOLOGY_VERSION, answer.methodologyVersion()).header(DATA_HASH, answer.dataHash());
        if (RankingAnswerWriter.isCsv(type)) {
            r.header("Content-Disposition", "attachment; filename=\"" + answer.csvFileName() + "\"");
        }
        return r.build();
    }
}
