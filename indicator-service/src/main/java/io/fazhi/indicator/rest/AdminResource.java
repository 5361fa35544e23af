package io.fazhi.indicator.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.indicator.service.ReextractionService;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Operator actions. */
@Path("/api/v1/admin")
@Tag(name = "admin", description = "Operator actions")
public class AdminResource {

    private final ReextractionService reextraction;

    AdminResource(ReextractionService reextraction) {
        this.reextraction = reextraction;
    }

    @POST
    @Path("/reextractions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read every latest report version again with the extractor in force",
            description = "Only reports read by another extractor version are read again; each yields a fresh "
                    + "IndicatorsComputed event.")
    @APIResponse(responseCode = "200", description = "How many reports were read again")
    public ReextractionService.Summary reextract() {
        return reextraction.reextractOutdated();
    }
}
