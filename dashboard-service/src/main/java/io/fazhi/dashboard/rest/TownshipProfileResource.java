package io.fazhi.dashboard.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.security.PublicResult;
import io.fazhi.dashboard.profiles.TownshipProfileService;
import io.fazhi.dashboard.profiles.TownshipProfileView;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A township's profile across the years the dashboard holds. */
@PublicResult
@Path("/api/v1/township-profiles")
@Tag(name = "township-profiles", description = "One township across years")
public class TownshipProfileResource {

    private final TownshipProfileService profiles;

    TownshipProfileResource(TownshipProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A township's values, ranks within its county and changes, year by year")
    @APIResponse(responseCode = "200", description = "The profile",
            content = @Content(schema = @Schema(implementation = TownshipProfileView.class)))
    @APIResponse(responseCode = "400", description = "Not a 9-digit code")
    @APIResponse(responseCode = "404", description = "No report of the township in the read model")
    public TownshipProfileView profile(
            @PathParam("code") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit code") String code) {
        return profiles.profile(code);
    }
}
