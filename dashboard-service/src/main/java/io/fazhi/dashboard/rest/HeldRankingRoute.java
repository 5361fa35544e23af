package io.fazhi.dashboard.rest;

import io.fazhi.commons.security.PublicResults;
import io.fazhi.dashboard.service.RankingAnswer;
import io.fazhi.dashboard.service.RankingService;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

/**
 * The fast path of {@code GET /api/v1/rankings} for a JSON answer already held: the bytes and the headers
 * {@link RankingResource} would write, from the event loop, without the REST layer's per-request work (parameter
 * injection, the filter's reactive step, negotiation, the response builder). The profile of the ranking benchmark
 * put that work between a held ranking and the trivial endpoint ({@code deploy/bench/README.md}, Rankings).
 * Anything else goes on to {@link RankingResource} unchanged: results that are not public, an Accept header other
 * than none, {@code *}{@code /*} or {@code application/json}, {@code format}, an invalid query, an answer not held.
 */
@ApplicationScoped
public class HeldRankingRoute {

    static final String PATH = "/api/v1/rankings";

    private final RankingService rankings;
    private final PublicResults publicResults;

    HeldRankingRoute(RankingService rankings, PublicResults publicResults) {
        this.rankings = rankings;
        this.publicResults = publicResults;
    }

    void install(@Observes Router router) {
        router.get(PATH).order(-1).handler(this::serveHeld);
    }

    private void serveHeld(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        RankingAnswer held = publicResults.open() && RankingResource.asksPlainJson(request.getHeader(HttpHeaders.ACCEPT))
                ? held(request.params()) : null;
        if (held == null) {
            ctx.next();
            return;
        }
        boolean gzip = RankingAnswerWriter.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        var response = ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON)
                .putHeader(HttpHeaders.VARY, RankingResource.VARY)
                .putHeader(RankingResource.METHODOLOGY_VERSION, held.methodologyVersion())
                .putHeader(RankingResource.DATA_HASH, held.dataHash());
        if (gzip) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.end(Buffer.buffer(gzip ? held.gzippedJson() : held.json()));
    }

    private RankingAnswer held(MultiMap params) {
        if (params.contains("format")) {
            return null;
        }
        RankingRequest r = new RankingRequest();
        r.area = params.get("area");
        r.year = params.get("year");
        r.indicator = params.get("indicator");
        r.dimension = params.get("dimension");
        r.weights = params.get("weights");
        r.method = params.get("method");
        r.runs = params.get("runs");
        r.includeApprox = params.get("includeApprox");
        r.missing = params.get("missing");
        r.indicatorCoverage = params.get("indicatorCoverage");
        r.disclosure = params.get("disclosure");
        r.peerGroup = params.get("peerGroup");
        r.scale = params.get("scale");
        try {
            return rankings.held(r.query());
        } catch (RuntimeException invalid) {
            return null; // the REST layer answers it with its problem
        }
    }
}
