package io.fazhi.indicator.rest;

import static io.fazhi.commons.area.AreaCodes.AREA;
import static io.fazhi.commons.area.AreaCodes.AREA_MESSAGE;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.area.AreaCodes;
import io.fazhi.commons.security.AccessPolicy;
import io.fazhi.commons.security.Caller;
import io.fazhi.commons.security.CurrentCaller;
import io.fazhi.indicator.service.ReextractionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/** Operator actions. */
@Path("/api/v1/admin")
@Tag(name = "admin", description = "Operator actions")
@RolesAllowed(Caller.COUNTY_ADMIN)
@SecurityRequirement(name = "bearer")
public class AdminResource {

    private final ReextractionService reextraction;
    private final CurrentCaller caller;

    AdminResource(ReextractionService reextraction, CurrentCaller caller) {
        this.reextraction = reextraction;
        this.caller = caller;
    }

    @POST
    @Path("/reextractions")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read every latest report version of an area again with the extractor in force",
            description = "Only reports read by another extractor version are read again; each yields a fresh "
                    + "IndicatorsComputed event.")
    @APIResponse(responseCode = "200", description = "How many reports were read again")
    @APIResponse(responseCode = "400", description = "Invalid area")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a county administrator of that area")
    public ReextractionService.Summary reextract(@QueryParam("area")
            @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @Context UriInfo uri) {
        List<String> given = uri.getQueryParameters().get("area");
        if (given != null && (given.size() != 1 || area == null)) {
            // area= or area twice would otherwise mean the caller's whole area: a country-wide re-read by a typo
            throw new BadRequestException("area must be given once, as a 2, 4, 6 or 9-digit code, or left out.");
        }
        Caller admin = caller.get();
        String scope = area == null ? admin.area() : area;
        AccessPolicy.require(AccessPolicy.administers(admin, scope), "re-extraction outside your area");
        return reextraction.reextractOutdated(scope);
    }
}
