package io.fazhi.commons.problem;

import java.util.OptionalLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a body announced larger than {@code quarkus.http.limits.max-body-size} with a 413 problem before anything
 * reads it. The framework's own check (a route of order -2) would answer the same status with no body; this route
 * runs before it. A chunked body without Content-Length that grows past the limit is still cut off by the framework.
 */
@ApplicationScoped
public class BodyLimitRoute {

    private final OptionalLong limit;
    private final ObjectMapper json;

    BodyLimitRoute(@ConfigProperty(name = "quarkus.http.limits.max-body-size") java.util.Optional<MemorySize> maxBodySize,
            ObjectMapper json) {
        this.limit = maxBodySize.map(m -> OptionalLong.of(m.asLongValue())).orElse(OptionalLong.empty());
        this.json = json;
    }

    void install(@Observes Router router) {
        if (limit.isPresent()) {
            router.route().order(-3).handler(this::refuseWhenTooLarge);
        }
    }

    private void refuseWhenTooLarge(RoutingContext ctx) {
        String announced = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long length;
        try {
            length = announced == null ? -1 : Long.parseLong(announced.trim());
        } catch (NumberFormatException e) {
            length = -1; // the HTTP codec refuses a malformed Content-Length itself
        }
        if (length <= limit.getAsLong()) {
            ctx.next();
            return;
        }
        Problem problem = Problem.of("body-too-large", "The request body is too large", 413, "The body has " + length
                + " bytes; this service reads at most " + limit.getAsLong() + " bytes.", null);
        try {
            ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(413, e);
        }
    }
}
