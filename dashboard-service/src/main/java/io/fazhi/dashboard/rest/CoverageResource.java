package io.fazhi.dashboard.rest;

import static io.fazhi.commons.area.AreaCodes.AREA;
import static io.fazhi.commons.area.AreaCodes.AREA_MESSAGE;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.area.AreaCodes;
import io.fazhi.commons.security.PublicResult;
import io.fazhi.dashboard.service.CoverageService;
import io.fazhi.dashboard.service.CoverageView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Completeness and timeliness of the annual reports of an area. */
@PublicResult
@Path("/api/v1/coverage")
@Tag(name = "coverage", description = "Which townships reported, on time or late, and which are missing")
public class CoverageResource {

    private final CoverageService coverage;

    CoverageResource(CoverageService coverage) {
        this.coverage = coverage;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Expected, submitted, on-time, late and missing townships of an area in a year",
            description = "Expected townships come from submission-service's registry; submitted ones are those whose "
                    + "report reached the read model, late as submission-service judged it against the deadline.")
    @APIResponse(responseCode = "200", description = "Coverage with the lists",
            content = @Content(schema = @Schema(implementation = CoverageView.class)))
    @APIResponse(responseCode = "400", description = "Invalid area or year")
    @APIResponse(responseCode = "503", description = "The township registry cannot be reached")
    public CoverageView coverage(
            @QueryParam("area") @NotNull @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return coverage.coverage(area, year);
    }
}
