package io.fazhi.submission.rest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Report bodies for tests: each call gives a township of its own, so tests do not see each other's data. */
final class ReportSamples {

    private static final AtomicInteger NEXT = new AtomicInteger(100);

    private ReportSamples() {
    }

    /** A fresh township code in 郁南县 (445322), unique within this test JVM. */
    static String freshTownshipCode() {
        return "445322" + NEXT.getAndIncrement();
    }

    static Map<String, Object> report(String townshipCode, int year, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("townshipCode", townshipCode);
        body.put("township", "历洞镇");
        body.put("county", "郁南县");
        body.put("year", year);
        body.put("title", "郁南县历洞镇" + year + "年度法治政府建设报告");
        body.put("text", text);
        return body;
    }

    static String text(String distinct) {
        return "2021年，我镇成立了法治政府建设领导小组，开展普法宣传活动6次，发放宣传资料7500余份。" + distinct;
    }
}
