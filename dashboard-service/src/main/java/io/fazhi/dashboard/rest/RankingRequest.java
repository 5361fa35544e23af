package io.fazhi.dashboard.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import io.fazhi.commons.area.AreaCodes;
import io.fazhi.commons.problem.Violation;
import io.fazhi.dashboard.service.CompositeQuery;
import io.fazhi.dashboard.service.IndicatorQuery;
import io.fazhi.dashboard.service.RankingQuery;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/**
 * The query parameters of the ranking endpoints, read as text by the framework and turned into a {@link RankingQuery}
 * here and nowhere else: {@link #query()} checks every parameter, lists each that fails (400
 * {@link InvalidQueryException}), and builds the query, whose constructor rejects a methodology that cannot be
 * applied (400 invalid-methodology).
 */
public class RankingRequest {

    static final String AREA = "CN|" + AreaCodes.AREA;
    /** The whole country: the prefix every township code has. */
    static final String COUNTRY = "CN";
    static final String CSV = "text/csv";
    static final MediaType CSV_TYPE = MediaType.valueOf(CSV + ";charset=UTF-8");
    private static final Pattern AREA_PATTERN = Pattern.compile(AREA);
    private static final Pattern INDICATOR = Pattern.compile("[a-z_]+\\.[a-z_]+");
    private static final Pattern DIMENSION = Pattern.compile("[a-z_]+");
    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern BOOLEAN = Pattern.compile("true|false");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(\\.\\d{1,9})?");

    @QueryParam("area")
    @Parameter(description = "2, 4, 6 or 9-digit code prefix, or CN for the whole country (required for rankings; an "
            + "explanation defaults to the township's county)", schema = @Schema(pattern = AREA))
    public String area;

    @QueryParam("year")
    @Parameter(required = true, schema = @Schema(type = SchemaType.INTEGER, minimum = "2000", maximum = "2100"))
    public String year;

    @QueryParam("indicator")
    @Parameter(description = "a catalog key; without it, the composite index",
            schema = @Schema(pattern = "[a-z_]+\\.[a-z_]+"))
    public String indicator;

    @QueryParam("dimension")
    @Parameter(description = "composite of one dimension only (e.g. publicity)", schema = @Schema(pattern = "[a-z_]+"))
    public String dimension;

    @QueryParam("weights")
    @Parameter(description = "dimension or indicator weights, e.g. publicity:2,disputes:1 or publicity.events:0.5; "
            + "unnamed ones weigh 1")
    public String weights;

    @QueryParam("method")
    @Parameter(description = "minmax (default), zscore, percentile or goalposts")
    public String method;

    @QueryParam("runs")
    @Parameter(description = "Monte-Carlo runs for rank intervals, 0 to skip; default 500, at most 5000",
            schema = @Schema(type = SchemaType.INTEGER))
    public String runs;

    @QueryParam("includeApprox")
    @Parameter(description = "use approximate values (7500余份); default true",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String includeApprox;

    @QueryParam("missing")
    @Parameter(description = "what an indicator a report does not state counts for: nocredit (default; an up "
            + "indicator not stated earns 0, as county assessments score), impute (median of the peer group) or "
            + "available (aggregate over what is stated; townships stating under two thirds listed unranked)",
            schema = @Schema(enumeration = {"nocredit", "impute", "available"}))
    public String missing;

    @QueryParam("indicatorCoverage")
    @Parameter(description = "indicator selection: the share (0..1) of the area's townships that must state an "
            + "indicator for it to enter the index; default 0 (every indicator)",
            schema = @Schema(type = SchemaType.NUMBER, minimum = "0", maximum = "1"))
    public String indicatorCoverage;

    @QueryParam("disclosure")
    @Parameter(description = "add the disclosure dimension (statutory parts of the report, share of catalog items it "
            + "states); default true", schema = @Schema(type = SchemaType.BOOLEAN))
    public String disclosure;

    @QueryParam("peerGroup")
    @Parameter(description = "kind: rank within 街道 versus 镇/乡 (the registry's kind) on the area's scores; none "
            + "(default): across the area", schema = @Schema(enumeration = {"kind", "none"}))
    public String peerGroup;

    @QueryParam("scale")
    @Parameter(description = "indicator rankings only: total (default) ranks the values as reported; per-village "
            + "ranks each township's value divided by its stated villages and communities (profile.villages, "
            + "按村（社区）数折算), counts only; townships that state no village count are left out",
            schema = @Schema(enumeration = {"total", "per-village"}))
    public String scale;

    @QueryParam("format")
    @Parameter(description = "csv: the same as Accept: text/csv, for links", schema = @Schema(enumeration = {"csv",
            "json"}))
    public String format;

    /** The query these parameters ask for. */
    public RankingQuery query() {
        check(true);
        int y = Integer.parseInt(year);
        String prefix = COUNTRY.equals(area) ? "" : area;
        if (indicator != null) {
            return new IndicatorQuery(prefix, y, indicator, IndicatorQuery.PER_VILLAGE.equals(scale));
        }
        return composite(prefix, y);
    }

    /** The composite query of these parameters for an explanation, in {@code defaultArea} unless area is given. */
    public CompositeQuery compositeFor(String defaultArea) {
        check(false);
        return composite(area == null ? defaultArea : area, Integer.parseInt(year));
    }

    /** The media type {@code format} names, or null to negotiate it from the Accept header. */
    public MediaType format() {
        return format == null ? null : format.equals("csv") ? CSV_TYPE : MediaType.APPLICATION_JSON_TYPE;
    }

    private CompositeQuery composite(String inArea, int y) {
        return CompositeQuery.of(inArea, y, dimension, weights, method, runs == null ? null : Integer.valueOf(runs),
                includeApprox == null ? null : Boolean.valueOf(includeApprox), missing,
                indicatorCoverage == null ? null : Double.valueOf(indicatorCoverage),
                disclosure == null ? null : Boolean.valueOf(disclosure), peerGroup);
    }

    /** Throws {@link InvalidQueryException} listing every parameter that fails its check. */
    private void check(boolean areaRequired) {
        List<Violation> violations = new ArrayList<>();
        if (area == null) {
            if (areaRequired) {
                violations.add(new Violation("area", "must not be null"));
            }
        } else if (!AREA_PATTERN.matcher(area).matches()) {
            violations.add(new Violation("area", "must be a 2, 4, 6 or 9-digit code, or CN"));
        }
        if (year == null) {
            violations.add(new Violation("year", "must not be null"));
        } else if (!INTEGER.matcher(year).matches() || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > 2100) {
            violations.add(new Violation("year", "must be a year in 2000..2100"));
        }
        if (indicator != null && !INDICATOR.matcher(indicator).matches()) {
            violations.add(new Violation("indicator", "must be a catalog key such as publicity.events"));
        }
        if (dimension != null && !dimension.isEmpty() && !DIMENSION.matcher(dimension).matches()) {
            violations.add(new Violation("dimension", "must be a dimension such as publicity"));
        }
        matches(violations, "runs", runs, INTEGER, "must be a whole number");
        matches(violations, "includeApprox", includeApprox, BOOLEAN, "must be true or false");
        matches(violations, "disclosure", disclosure, BOOLEAN, "must be true or false");
        matches(violations, "indicatorCoverage", indicatorCoverage, NUMBER, "must be a number in 0..1");
        if (scale != null && !scale.equals(IndicatorQuery.TOTAL) && !scale.equals(IndicatorQuery.PER_VILLAGE)) {
            violations.add(new Violation("scale", "must be total or per-village"));
        } else if (IndicatorQuery.PER_VILLAGE.equals(scale) && indicator == null) {
            violations.add(new Violation("scale", "per-village applies to a ranking by one indicator"));
        }
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            violations.add(new Violation("format", "must be csv or json"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidQueryException(violations);
        }
    }

    private static void matches(List<Violation> out, String name, String value, Pattern pattern, String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            out.add(new Violation(name, message));
        }
    }
}
