package io.fazhi.dashboard.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.fazhi.commons.problem.Violation;
import io.fazhi.dashboard.ranking.InvalidMethodologyException;
import io.fazhi.dashboard.service.CompositeQuery;
import io.fazhi.dashboard.service.IndicatorQuery;

/**
 * The ranking's query parameters. Checked by hand rather than by bean validation so that a request for an answer
 * already held skips the checks: only a checked request is ever computed and held, so a held key is a valid one.
 */
final class RankingParams {

    static final String AREA = "\\d{2}|\\d{4}|\\d{6}|\\d{9}";
    static final String INDICATOR = "[a-z_]+\\.[a-z_]+";
    static final String DIMENSION = "[a-z_]+";
    private static final Pattern AREA_PATTERN = Pattern.compile(AREA);
    private static final Pattern INDICATOR_PATTERN = Pattern.compile(INDICATOR);
    private static final Pattern DIMENSION_PATTERN = Pattern.compile(DIMENSION);

    private RankingParams() {
    }

    /** The cache key of the request, or null when it cannot even be read (it will fail its checks). */
    static Object key(String area, Integer year, String indicator, String dimension, String weights, String method,
            Integer runs, Boolean includeApprox, String missing, Double indicatorCoverage, Boolean disclosure,
            String peerGroup) {
        if (area == null || year == null) {
            return null;
        }
        if (indicator != null) {
            return new IndicatorQuery(area, year, indicator);
        }
        try {
            return CompositeQuery.of(area, year, dimension, weights, method, runs, includeApprox, missing,
                    indicatorCoverage, disclosure, peerGroup);
        } catch (InvalidMethodologyException e) {
            return null;
        }
    }

    static boolean knownFormat(String format) {
        return format == null || format.equals("csv") || format.equals("json");
    }

    /** Throws {@link InvalidQueryException} listing every parameter that fails its check. */
    static void check(String area, Integer year, String indicator, String dimension, String format) {
        List<Violation> violations = new ArrayList<>();
        if (area == null) {
            violations.add(new Violation("area", "must not be null"));
        } else if (!AREA_PATTERN.matcher(area).matches()) {
            violations.add(new Violation("area", "must be a 2, 4, 6 or 9-digit code"));
        }
        if (year == null) {
            violations.add(new Violation("year", "must not be null"));
        } else if (year < 2000 || year > 2100) {
            violations.add(new Violation("year", "must lie in 2000..2100"));
        }
        if (indicator != null && !INDICATOR_PATTERN.matcher(indicator).matches()) {
            violations.add(new Violation("indicator", "must be a catalog key such as publicity.events"));
        }
        if (dimension != null && !dimension.isEmpty() && !DIMENSION_PATTERN.matcher(dimension).matches()) {
            violations.add(new Violation("dimension", "must be a dimension such as publicity"));
        }
        if (!knownFormat(format)) {
            violations.add(new Violation("format", "must be csv or json"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidQueryException(violations);
        }
    }
}
