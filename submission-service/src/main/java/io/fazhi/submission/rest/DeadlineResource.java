package io.fazhi.submission.rest;

import static io.fazhi.commons.area.AreaCodes.AREA;
import static io.fazhi.commons.area.AreaCodes.AREA_MESSAGE;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.area.AreaCodes;
import io.fazhi.commons.security.Caller;
import io.fazhi.submission.deadlines.AreaDeadline;
import io.fazhi.submission.deadlines.Deadline;
import io.fazhi.submission.deadlines.DeadlineService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Report deadlines per area and year: the most specific area's setting wins, else 1 March / 1 April. Reading is
 * public; setting and removing are for the county admins of the area.
 */
@Path("/api/v1/deadlines")
@Tag(name = "deadlines", description = "Due dates of annual reports per area and report year")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {


    private final DeadlineService deadlines;

    DeadlineResource(DeadlineService deadlines) {
        this.deadlines = deadlines;
    }

    @GET
    @PermitAll
    @Operation(summary = "Deadlines areas have set, optionally within an area prefix and for one year")
    @APIResponse(responseCode = "200", description = "The settings (areas without one use the default)")
    public List<AreaDeadline> list(@QueryParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return deadlines.list(area, year);
    }

    @GET
    @PermitAll
    @Path("/{area}/{year}")
    @Operation(summary = "The deadline in force for an area or township and a report year")
    @APIResponse(responseCode = "200", description = "The deadline and the area that set it (null: the default)",
            content = @Content(schema = @Schema(implementation = Deadline.class)))
    @APIResponse(responseCode = "400", description = "Invalid area or year")
    public Deadline get(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @PathParam("year") @Min(2000) @Max(2100) int year) {
        return deadlines.inForce(area, year);
    }

    @PUT
    @Path("/{area}/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.COUNTY_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Set an area's deadline for a report year (county admins of the area)",
            description = "publishBy defaults to one month after dueDate. Reports already stored keep their lateness.")
    @APIResponse(responseCode = "201", description = "Set for the first time",
            content = @Content(schema = @Schema(implementation = Deadline.class)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = Deadline.class)))
    @APIResponse(responseCode = "400", description = "Invalid area, year or dates")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a county admin, or the area is outside the admin's")
    public Response set(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @PathParam("year") @Min(2000) @Max(2100) int year, @Valid @NotNull DeadlineRequest request) {
        var publishBy = request.publishBy() != null ? request.publishBy() : request.dueDate().plusMonths(1);
        var outcome = deadlines.set(area, year, request.dueDate(), publishBy);
        return Response.status(outcome.created() ? 201 : 200).entity(outcome.deadline()).build();
    }

    @DELETE
    @Path("/{area}/{year}")
    @RolesAllowed(Caller.COUNTY_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Remove an area's deadline for a year; broader settings or the default apply again "
            + "(county admins of the area)")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a county admin, or the area is outside the admin's")
    @APIResponse(responseCode = "404", description = "The area had no setting for the year")
    public Response remove(@PathParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @PathParam("year") @Min(2000) @Max(2100) int year) {
        if (!deadlines.remove(area, year)) {
            throw new jakarta.ws.rs.NotFoundException("Area " + area + " has no deadline of its own for " + year + ".");
        }
        return Response.noContent().build();
    }
}
