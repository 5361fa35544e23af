package io.fazhi.submission.rest;

import static io.fazhi.commons.area.AreaCodes.AREA;
import static io.fazhi.commons.area.AreaCodes.AREA_MESSAGE;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.area.AreaCodes;
import io.fazhi.commons.security.Caller;
import io.fazhi.submission.yearlocks.LockDecision;
import io.fazhi.submission.yearlocks.YearLockService;
import io.fazhi.submission.yearlocks.YearLockView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Locks of an area's report year for the official release: while one stands, the year's reports, their status,
 * corrections and re-extraction are refused with 409 and its rankings are served from the locked state.
 */
@Path("/api/v1/locks/{area}/{year}")
@Tag(name = "locks", description = "An area's report year locked for release, and unlocked")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Caller.COUNTY_ADMIN)
@SecurityRequirement(name = "bearer")
public class LockResource {


    private final YearLockService locks;

    LockResource(YearLockService locks) {
        this.locks = locks;
    }

    @GET
    @Operation(summary = "Whether the area's year is locked (its own lock and enclosing ones) and every change")
    @APIResponse(responseCode = "200", description = "The state and history",
            content = @Content(schema = @Schema(implementation = YearLockView.class)))
    @APIResponse(responseCode = "400", description = "Invalid area or year")
    @APIResponse(responseCode = "403", description = "Not a county administrator of the same or an enclosing area")
    public YearLockView get(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @PathParam("year") @Min(2000) @Max(2100) int year) {
        return locks.view(area, year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Lock the area's year", description = "New report versions, returns, accepts, corrections "
            + "and re-extraction of the year are refused with 409 until an administrator unlocks it.")
    @APIResponse(responseCode = "200", description = "Locked",
            content = @Content(schema = @Schema(implementation = YearLockView.class)))
    @APIResponse(responseCode = "400", description = "Invalid area, year or reason")
    @APIResponse(responseCode = "403", description = "Not a county administrator of the same or an enclosing area")
    @APIResponse(responseCode = "409", description = "Already locked")
    public YearLockView lock(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @PathParam("year") @Min(2000) @Max(2100) int year, LockDecision decision) {
        return locks.lock(area, year, decision);
    }

    @POST
    @Path("/unlock")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Unlock the area's year, with the reason (audited)")
    @APIResponse(responseCode = "200", description = "Unlocked",
            content = @Content(schema = @Schema(implementation = YearLockView.class)))
    @APIResponse(responseCode = "400", description = "Invalid area or year, no reason")
    @APIResponse(responseCode = "403", description = "Not a county administrator of the same or an enclosing area")
    @APIResponse(responseCode = "409", description = "The area has no standing lock of the year")
    public YearLockView unlock(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @PathParam("year") @Min(2000) @Max(2100) int year, LockDecision decision) {
        return locks.unlock(area, year, decision);
    }
}
