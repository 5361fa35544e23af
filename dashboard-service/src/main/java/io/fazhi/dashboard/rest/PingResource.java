package io.fazhi.dashboard.rest;

import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The cheapest answer of the REST stack, for load balancers and as the baseline of the benchmark (deploy/bench): the
 * same path through Vert.x and RESTEasy Reactive as a held ranking, minus the ranking.
 */
@Path("/api/v1/ping")
@Tag(name = "ping", description = "Trivial liveness answer")
public class PingResource {

    private static final byte[] PONG = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);

    @GET
    @NonBlocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answers {\"status\":\"UP\"} from the event loop")
    @APIResponse(responseCode = "200", description = "Up")
    public byte[] ping() {
        return PONG;
    }
}
