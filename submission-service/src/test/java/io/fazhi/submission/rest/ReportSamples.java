package io.fazhi.submission.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.fazhi.submission.registry.BundledRegistry;
import io.fazhi.submission.registry.Township;

/**
 * Report bodies for tests: each call gives a real township of its own (from the bundled registry, 广东 44 without the
 * units the seed reports and fixed-code tests use), so tests do not see each other's data.
 */
public final class ReportSamples {

    private static final Set<String> RESERVED = Set.of("445322116", "610703113", "120119105", "500230124", "411523101");
    private static final List<Township> POOL = BundledRegistry.get().search("44", null, 0, 5_000).items().stream()
            .filter(t -> !RESERVED.contains(t.code()) && !t.countyCode().equals("445322")).toList();
    private static final AtomicInteger NEXT = new AtomicInteger();

    private ReportSamples() {
    }

    /** A real township not handed out before in this test JVM. */
    public static Township freshTownship() {
        return POOL.get(NEXT.getAndIncrement());
    }

    public static String freshTownshipCode() {
        return freshTownship().code();
    }

    /** A complete JSON submission whose names and title agree with the code. */
    public static Map<String, Object> report(String townshipCode, int year, String text) {
        Township t = BundledRegistry.get().byCode(townshipCode).orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("townshipCode", townshipCode);
        body.put("township", t.name());
        body.put("county", t.county());
        body.put("year", year);
        body.put("title", t.county() + t.name() + year + "年度法治政府建设报告");
        body.put("text", text);
        return body;
    }

    public static String text(String distinct) {
        return "2021年，我镇成立了法治政府建设领导小组，开展普法宣传活动6次，发放宣传资料7500余份。" + distinct;
    }
}
