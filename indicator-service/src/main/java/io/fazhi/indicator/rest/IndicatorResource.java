package io.fazhi.indicator.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.problem.Problem;
import io.fazhi.commons.security.CurrentCaller;
import io.fazhi.commons.security.PublicResults;
import io.fazhi.indicator.service.IndicatorQueryService;
import io.fazhi.indicator.service.TownshipIndicators;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Stored indicators of the latest report version per township and year. */
@Path("/api/v1/indicators")
@Tag(name = "indicators", description = "Indicators read from stored reports")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class IndicatorResource {

    private final IndicatorQueryService indicators;
    private final PublicResults publicResults;
    private final CurrentCaller caller;

    IndicatorResource(IndicatorQueryService indicators, PublicResults publicResults, CurrentCaller caller) {
        this.indicators = indicators;
        this.publicResults = publicResults;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Indicators of every township of an area (2, 4, 6 or 9-digit prefix) in a year")
    @APIResponse(responseCode = "200", description = "One entry per township that reported")
    @APIResponse(responseCode = "401", description = "Results are not public here and no valid token was sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "Invalid area or year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<TownshipIndicators> list(
            @QueryParam("area") @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}|\\d{9}", message = "must be a 2, 4, 6 or 9-digit code") String area,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        publicResults.requireReader(caller.get());
        return indicators.list(area, year);
    }

    @GET
    @Path("/{townshipCode}/{year}")
    @Operation(summary = "Indicators of one township in one year")
    @APIResponse(responseCode = "200", description = "The latest report version's indicators",
            content = @Content(schema = @Schema(implementation = TownshipIndicators.class)))
    @APIResponse(responseCode = "404", description = "No report of that township and year was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TownshipIndicators get(
            @PathParam("townshipCode") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit code") String townshipCode,
            @PathParam("year") int year) {
        publicResults.requireReader(caller.get());
        return indicators.get(townshipCode, year);
    }
}
