package io.fazhi.indicator.rest;

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
import io.fazhi.commons.security.CurrentCaller;
import io.fazhi.commons.security.PublicResult;
import io.fazhi.commons.security.Caller;
import io.fazhi.indicator.service.AuditView;
import io.fazhi.indicator.service.CorrectionRequest;
import io.fazhi.indicator.service.CorrectionService;
import io.fazhi.indicator.service.CorrectionView;
import io.fazhi.indicator.service.IndicatorQueryService;
import io.fazhi.indicator.service.ReviewItem;
import io.fazhi.indicator.service.ReviewQueue;
import io.quarkus.security.Authenticated;
import io.fazhi.indicator.service.TownshipIndicators;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Stored indicators of the latest report version per township and year, and their review: county reviewers'
 * corrections, the audit trail of each report, and the review queue of an area.
 */
@Path("/api/v1/indicators")
@Tag(name = "indicators", description = "Indicators read from stored reports")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class IndicatorResource {

    private final IndicatorQueryService indicators;
    private final CorrectionService review;
    private final ReviewQueue queue;
    private final CurrentCaller caller;

    IndicatorResource(IndicatorQueryService indicators, CorrectionService review, ReviewQueue queue,
            CurrentCaller caller) {
        this.indicators = indicators;
        this.review = review;
        this.queue = queue;
        this.caller = caller;
    }

    @GET
    @PublicResult
    @Operation(summary = "Indicators of every township of an area (2, 4, 6 or 9-digit prefix) in a year")
    @APIResponse(responseCode = "200", description = "One entry per township that reported; where the area "
            + "publishes accepted values only, readers get the townships whose latest report version is accepted")
    @APIResponse(responseCode = "401", description = "Results are not public here and no valid token was sent")
    @APIResponse(responseCode = "400", description = "Invalid area or year")
    public List<TownshipIndicators> list(
            @QueryParam("area") @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return indicators.list(area, year, caller.get());
    }

    @GET
    @PublicResult
    @Path("/{townshipCode}/{year}")
    @Operation(summary = "Indicators of one township in one year")
    @APIResponse(responseCode = "200", description = "The latest report version's indicators",
            content = @Content(schema = @Schema(implementation = TownshipIndicators.class)))
    @APIResponse(responseCode = "404", description = "No report of that township and year was read, or (where the "
            + "area publishes accepted values only) it is not accepted yet and the caller is neither its township "
            + "nor a county administrator of an enclosing area")
    public TownshipIndicators get(
            @PathParam("townshipCode") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit code") String townshipCode,
            @PathParam("year") int year) {
        return indicators.get(townshipCode, year, caller.get());
    }

    @POST
    @Path("/{townshipCode}/{year}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Caller.COUNTY_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Confirm, correct, add or remove one value of a township's latest report",
            description = "The reviewer's value wins over the machine's in this API, in IndicatorsComputed (published "
                    + "at once) and so in rankings. It survives re-extraction, and follows a new report version while "
                    + "the quoted words are still in its text; otherwise it goes back to the review queue.")
    @APIResponse(responseCode = "201", description = "The correction, applied",
            content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "400", description = "Unknown key or action, no reason, an impossible value, or a "
            + "quote that is not in the report; nothing is stored")
    @APIResponse(responseCode = "403", description = "Not a county administrator of an enclosing area")
    @APIResponse(responseCode = "404", description = "No report of that township and year was read")
    public Response correct(
            @PathParam("townshipCode") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit code") String townshipCode,
            @PathParam("year") int year, @NotNull(message = "a JSON correction is required") CorrectionRequest request) {
        return Response.status(Response.Status.CREATED).entity(review.correct(townshipCode, year, request,
                caller.get())).build();
    }

    @GET
    @Path("/{townshipCode}/{year}/corrections")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Every correction of a township's report for a year, with its status (active, queued, "
            + "replaced)", description = "For the township itself and county administrators of an enclosing area.")
    @APIResponse(responseCode = "200", description = "The corrections, oldest first")
    @APIResponse(responseCode = "403", description = "Another township's report")
    public List<CorrectionView> corrections(
            @PathParam("townshipCode") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit code") String townshipCode,
            @PathParam("year") int year) {
        return review.corrections(townshipCode, year, caller.get());
    }

    @GET
    @Path("/{townshipCode}/{year}/audit")
    @Authenticated
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "The audit trail of a township's report for a year: every review step, who, when, old and "
            + "new value, why", description = "Append-only. For the township and county administrators of an "
            + "enclosing area.")
    @APIResponse(responseCode = "200", description = "The steps, in order")
    @APIResponse(responseCode = "403", description = "Another township's report")
    public List<AuditView> audit(
            @PathParam("townshipCode") @Pattern(regexp = "\\d{9}", message = "must be a 9-digit code") String townshipCode,
            @PathParam("year") int year) {
        return review.trail(townshipCode, year, caller.get());
    }

    @GET
    @Path("/review-queue")
    @RolesAllowed(Caller.COUNTY_ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "What asks for a reviewer's look in an area and year",
            description = "Corrections whose quoted words left a new report version, broken data-quality rules, "
                    + "values a new version changed and values the extractor marked needsReview, those that could move "
                    + "their township furthest on the indicator's ranking (rankShift) first.")
    @APIResponse(responseCode = "200", description = "The queue")
    @APIResponse(responseCode = "403", description = "Not a county administrator of that area")
    public List<ReviewItem> queue(
            @QueryParam("area") @NotNull @Pattern(regexp = AREA, message = AREA_MESSAGE) String area,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year) {
        return queue.of(area, year, caller.get());
    }
}
