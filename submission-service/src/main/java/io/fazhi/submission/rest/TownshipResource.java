package io.fazhi.submission.rest;

import static io.fazhi.commons.area.AreaCodes.AREA;
import static io.fazhi.commons.area.AreaCodes.AREA_MESSAGE;

import java.net.URI;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.area.AreaCodes;
import io.fazhi.commons.security.Caller;
import io.fazhi.submission.registry.Township;
import io.fazhi.submission.registry.TownshipPage;
import io.fazhi.submission.service.TownshipAdminService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The township registry: every 乡, 镇 and 街道 with its code, and the counties' additions and renames. Reading is
 * public; changes are for the county admins of the unit's area.
 */
@Path("/api/v1/townships")
@Tag(name = "townships", description = "Township registry (统计用区划代码, 2023 edition, plus county changes)")
@Produces(MediaType.APPLICATION_JSON)
public class TownshipResource {

    private final TownshipAdminService townships;

    TownshipResource(TownshipAdminService townships) {
        this.townships = townships;
    }

    @GET
    @PermitAll
    @Operation(summary = "Units in an area (2, 4, 6 or 9-digit code prefix) whose name contains q")
    @APIResponse(responseCode = "200", description = "One page of units, by code",
            content = @Content(schema = @Schema(implementation = TownshipPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid area or paging")
    public TownshipPage search(
            @QueryParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @Parameter(description = "part of the name, current or former (e.g. 双龙, 郁南县历洞)") @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return townships.search(area, q, page, size);
    }

    @GET
    @PermitAll
    @Path("/{code}")
    @Operation(summary = "One unit by its 9-digit code (or a 12-digit code within it)")
    @APIResponse(responseCode = "200", description = "The unit, with its former names",
            content = @Content(schema = @Schema(implementation = Township.class)))
    @APIResponse(responseCode = "404", description = "No such code")
    public Township get(@PathParam("code") String code) {
        return townships.get(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.COUNTY_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Add a unit (county admins of its area)", description = "For a unit created after the "
            + "edition; the county must be in the registry.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(schema = @Schema(implementation = Township.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a county admin, or the code is outside the admin's area")
    @APIResponse(responseCode = "404", description = "The county of the code is not in the registry")
    @APIResponse(responseCode = "409", description = "The code exists, or the county has a unit of that name")
    public Response add(@Valid @NotNull TownshipChangeRequest request, UriInfo uri) {
        if (request.code() == null) {
            throw new BadRequestException("code is required to add a unit.");
        }
        Township added = townships.add(request.toChange(null));
        URI location = uri.getBaseUriBuilder().path("api/v1/townships").path(added.code()).build();
        return Response.created(location).entity(added).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.COUNTY_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Rename a unit (county admins of its area)", description = "The former name keeps resolving "
            + "to the unit; the change is recorded, never overwritten.")
    @APIResponse(responseCode = "200", description = "The unit as renamed (unchanged when validFrom is in the future)",
            content = @Content(schema = @Schema(implementation = Township.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a county admin, or the code is outside the admin's area")
    @APIResponse(responseCode = "404", description = "No such code")
    @APIResponse(responseCode = "409", description = "Another unit of the county has that name")
    public Township rename(@PathParam("code") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit code") String code,
            @Valid @NotNull TownshipChangeRequest request) {
        return townships.rename(code, request.toChange(code));
    }
}
