package io.fazhi.dashboard.rest;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.fazhi.commons.problem.Problem;
import io.fazhi.dashboard.service.IndicatorRankingView;
import io.fazhi.dashboard.service.RankingService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** Comparative rankings of the townships of an area. */
@Path("/api/v1/rankings")
@Tag(name = "rankings", description = "Townships of an area ranked side by side")
public class RankingResource {

    private final RankingService rankings;

    RankingResource(RankingService rankings) {
        this.rankings = rankings;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rank the townships of an area (2, 4, 6 or 9-digit code prefix) by one indicator",
            description = "Ordered by the indicator's direction; ties share a rank (1, 2, 2, 4); indicators of "
                    + "direction none are listed without ranks.")
    @APIResponse(responseCode = "200", description = "The ranking",
            content = @Content(schema = @Schema(implementation = IndicatorRankingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid area, year or indicator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IndicatorRankingView rank(
            @QueryParam("area") @NotNull @Pattern(regexp = "\\d{2}|\\d{4}|\\d{6}|\\d{9}", message = "must be a 2, 4, 6 or 9-digit code") String area,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("indicator") @Pattern(regexp = "[a-z_]+\\.[a-z_]+", message = "must be a catalog key such as publicity.events") String indicator) {
        if (indicator == null) {
            throw new BadRequestException("Name an indicator (indicator=publicity.events); the composite index is not served yet.");
        }
        return rankings.rankIndicator(area, year, indicator);
    }
}
