package io.fazhi.dashboard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A county's review of an area and year, from the services that own each part: the year's lock (submission-service),
 * the latest report of each township with its status, and the queue of values that ask for a look
 * (indicator-service), each with the form that acts on it. {@code done} and {@code error} say what the last form did.
 */
public record ReviewPage(String area, int year, Lock lock, List<Report> reports, List<Item> queue, String done,
        String error) {

    /** The lock of the year: whether it stands, since when and by whom, and an enclosing area's lock. */
    public record Lock(boolean locked, String changedAt, String changedBy, String reason, List<String> enclosing) {
    }

    /** A township's latest report version. */
    public record Report(long id, String townshipCode, String township, int version, String submittedAt,
            boolean late, String status, String statusName, String statusReason) {
    }

    /** One item of the queue. */
    public record Item(String townshipCode, String township, String key, String name, String why, String whyName,
            String value, String reasons, int rankShift, int townshipsStating, boolean correctable) {
    }

    static Lock lock(JsonNode l) {
        List<String> enclosing = new ArrayList<>();
        l.path("lockedByEnclosingAreas").forEach(a -> enclosing.add(a.asText()));
        return new Lock(l.path("locked").asBoolean(), time(l.path("changedAt").asText("")), l.path("changedBy").asText(""),
                l.path("reason").asText(""), enclosing);
    }

    /** The latest version of each township, by township code. */
    static List<Report> reports(JsonNode page) {
        Map<String, JsonNode> latest = new java.util.TreeMap<>();
        for (JsonNode r : page.path("items")) {
            JsonNode held = latest.get(r.path("townshipCode").asText());
            if (held == null || held.path("version").asInt() < r.path("version").asInt()) {
                latest.put(r.path("townshipCode").asText(), r);
            }
        }
        List<Report> out = new ArrayList<>();
        latest.values().forEach(r -> out.add(new Report(r.path("id").asLong(), r.path("townshipCode").asText(),
                r.path("township").asText(), r.path("version").asInt(), time(r.path("submittedAt").asText("")),
                r.path("late").asBoolean(), r.path("status").asText(), status(r.path("status").asText()),
                r.path("statusReason").asText(""))));
        return out;
    }

    static List<Item> queue(JsonNode items, Map<String, String> names, Map<String, String> townships) {
        List<Item> out = new ArrayList<>();
        for (JsonNode i : items) {
            String key = i.path("key").asText();
            String code = i.path("townshipCode").asText();
            List<String> reasons = new ArrayList<>();
            i.path("reasons").forEach(r -> reasons.add(r.asText()));
            String township = i.path("township").isNull() || i.path("township").asText().isEmpty()
                    ? townships.getOrDefault(code, code) : i.path("township").asText();
            out.add(new Item(code, township, key, names.getOrDefault(key, key), i.path("why").asText(),
                    why(i.path("why").asText()), i.path("value").isNull() ? "—" : i.path("value").asText(),
                    String.join("；", reasons), i.path("rankShift").asInt(), i.path("townshipsStating").asInt(),
                    !i.path("value").isNull()));
        }
        return out;
    }

    static Map<String, String> townships(List<Report> reports) {
        Map<String, String> out = new LinkedHashMap<>();
        reports.forEach(r -> out.put(r.townshipCode(), r.township()));
        return out;
    }

    private static final java.time.format.DateTimeFormatter SHOWN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    /** An instant as a county office reads it: Beijing time to the minute. */
    static String time(String instant) {
        try {
            return instant.isEmpty() ? "" : SHOWN.format(java.time.Instant.parse(instant));
        } catch (java.time.format.DateTimeParseException e) {
            return instant;
        }
    }

    static String status(String status) {
        return switch (status) {
            case "SUBMITTED" -> "已提交，待审核";
            case "RETURNED" -> "已退回";
            case "ACCEPTED" -> "已审核通过";
            default -> status;
        };
    }

    private static String why(String why) {
        return switch (why) {
            case "words-vanished" -> "修正所依据的原文在新版本中已不存在";
            case "outlier" -> "离群值";
            case "per-village-outlier" -> "按村（社区）数折算后离群";
            case "rate-over-100" -> "比率超过 100";
            case "year-over-year" -> "与上年相比变化过大";
            case "villages-out-of-range" -> "村（社区）数不在合理范围";
            case "changed-by-new-version" -> "新版本报告改变了该值";
            case "low-confidence" -> "读取把握不大";
            default -> why;
        };
    }
}
