package io.fazhi.hostile;

import static io.fazhi.hostile.Bytes.encodePath;

import java.util.List;

/**
 * Reads with hostile parameters, against every read endpoint of the three services: invalid codes and years,
 * crafted numerals, weights and methods that do not exist, huge Monte-Carlo runs, mixed characters. Some are valid
 * by chance; every one must be answered without a 5xx, and an error must be a 4xx problem.
 */
public final class QueryAttacks {

    private static final List<String> AREAS = List.of("44", "4453", "445322", "445322116", "61", "6107", "610703",
            "4", "445", "44532", "4453221", "4453221160", "", "xx", "４４", "44%20", "-1", "9".repeat(40), "00",
            "445322;1", "*");
    private static final List<String> YEARS = List.of("2021", "2022", "2023", "1999", "2101", "0", "-1", "2021.5",
            "２０２１", "二〇二一", "99999999999", "", "2e3", "NaN");
    private static final List<String> INDICATORS = List.of("publicity.events", "structure.completeness",
            "disputes.disputes_resolved", "nope", "publicity.", ".", "", "publicity.events;drop", "a".repeat(300),
            "PUBLICITY.EVENTS", "publicity..events");
    private static final List<String> WEIGHTS = List.of("publicity:2,disputes:1", "publicity:-1", "publicity:NaN",
            "publicity:1e309", "x:1", ":", ",,,", "publicity.events:0.5", "publicity:" + "9".repeat(200),
            "publicity:1,".repeat(200), "publicity:0,disputes:0,decision:0,enforcement:0,capacity:0,supervision:0");

    private QueryAttacks() {
    }

    /** dashboard-service: rankings, explanations, coverage, township profiles. */
    public static Attack dashboard(Hostile h) {
        String area = pick(h, AREAS);
        String year = pick(h, YEARS);
        return switch (h.between(0, 4)) {
            case 0 -> get("ranking by indicator", "/api/v1/rankings?area=" + area + "&year=" + year + "&indicator="
                    + pick(h, INDICATORS) + (h.chance(0.3) ? "&format=" + h.pick(List.of("csv", "json", "xml", "")) : ""));
            case 1 -> get("composite ranking", "/api/v1/rankings?area=" + area + "&year=" + year
                    + (h.chance(0.5) ? "&weights=" + pick(h, WEIGHTS) : "")
                    + (h.chance(0.5) ? "&method=" + h.pick(List.of("minmax", "zscore", "percentile", "goalposts",
                            "geometric", "", "MINMAX")) : "")
                    + "&runs=" + h.pick(List.of("0", "10", "5001", "-1", "1e9", "2147483648", "x"))
                    + (h.chance(0.3) ? "&dimension=" + h.pick(List.of("publicity", "nope", "", "a".repeat(100))) : ""));
            case 2 -> get("explanation", "/api/v1/rankings/explanations/" + encodePath(h.pick(List.of("445322116",
                    "44532211", "x", "４４５３２２１１６", h.unknownCode()))) + "?year=" + year + "&runs=0");
            case 3 -> get("coverage", "/api/v1/coverage?area=" + area + "&year=" + year);
            default -> get("township profile", "/api/v1/township-profiles/" + encodePath(h.pick(List.of("445322116",
                    "610703113", "44532211", "abc", h.unknownCode(), h.mixed(8)))));
        };
    }

    /** submission-service reads: report lists, reports, registry search, deadlines. */
    public static Attack records(Hostile h) {
        String area = pick(h, AREAS);
        String year = pick(h, YEARS);
        return switch (h.between(0, 3)) {
            case 0 -> get("report list", "/api/v1/reports?area=" + area + "&year=" + year + "&page="
                    + h.pick(List.of("0", "1", "-1", "99999999", "x")) + "&size=" + h.pick(List.of("1", "50", "501", "0",
                    "-5", "1e3")));
            case 1 -> get("report by id", "/api/v1/reports/" + encodePath(h.pick(List.of("1", "0", "-1",
                    "99999999999999999999", "x", "1.5", "1e3", h.mixed(4)))) + h.pick(List.of("", "/text", "/file")));
            case 2 -> get("registry search", "/api/v1/townships?area=" + area + "&q=" + encodePath(h.pick(List.of(
                    "历洞", "镇", "%", "_", "'", "\\", "", h.mixed(h.between(1, 50)), "镇".repeat(300))))
                    + "&size=" + h.pick(List.of("10", "0", "1000", "x")));
            default -> get("deadline", "/api/v1/deadlines/" + encodePath(area) + "/" + encodePath(year));
        };
    }

    /** indicator-service reads: stored indicators of a township and year, the catalog. */
    public static Attack indicators(Hostile h) {
        return h.chance(0.9) ? get("indicators", "/api/v1/indicators/" + encodePath(h.pick(List.of("445322116",
                "44532211", "x", h.unknownCode()))) + "/" + pick(h, YEARS)) : get("catalog", "/api/v1/catalog");
    }

    private static String pick(Hostile h, List<String> values) {
        return encodePath(h.pick(values)).replace("%3B", ";").replace("%2C", ",").replace("%3A", ":");
    }

    private static Attack get(String what, String path) {
        return Attack.answerable(what, "GET", path, null, new byte[0]);
    }
}
