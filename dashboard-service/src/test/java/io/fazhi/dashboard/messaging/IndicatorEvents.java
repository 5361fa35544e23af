package io.fazhi.dashboard.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** IndicatorsComputed messages as indicator-service writes them, for tests that play its part. */
public final class IndicatorEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> event = new LinkedHashMap<>();
    private final List<Map<String, Object>> indicators = new ArrayList<>();

    private IndicatorEvents(String townshipCode, int year, int version, String computedAt) {
        event.put("eventId", UUID.randomUUID().toString());
        event.put("occurredAt", computedAt);
        event.put("schemaVersion", 1);
        event.put("townshipCode", townshipCode);
        event.put("township", "镇" + townshipCode.substring(6));
        event.put("countyCode", townshipCode.substring(0, 6));
        event.put("county", "测试县");
        event.put("year", year);
        event.put("reportId", 1000 + version);
        event.put("reportVersion", version);
        event.put("submittedAt", "2024-02-20T08:30:00Z");
        event.put("late", false);
        event.put("extractorVersion", "1.0.0+catalog.1");
        event.put("computedAt", computedAt);
        event.put("indicators", indicators);
    }

    public static IndicatorEvents of(String townshipCode, int year, int version) {
        return new IndicatorEvents(townshipCode, year, version, "2024-02-20T08:30:0" + version + "Z");
    }

    public IndicatorEvents value(String key, double value, boolean approx, String direction) {
        return value(key, value, approx, direction, "count", "次", "开展普法宣传活动" + (int) value + "次。");
    }

    /** A value with its own kind, unit and quote (the words a report would have). */
    public IndicatorEvents value(String key, double value, boolean approx, String direction, String kind, String unit,
            String quote) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("key", key);
        i.put("value", value);
        i.put("approx", approx);
        i.put("unit", unit);
        i.put("kind", kind);
        i.put("direction", direction);
        i.put("dimension", key.substring(0, key.indexOf('.')));
        i.put("evidence", quote == null ? List.of()
                : List.of(Map.of("quote", quote, "start", 100, "end", 100 + quote.length())));
        indicators.add(i);
        return this;
    }

    /** The last value added, divided by the township's stated villages as indicator-service publishes it. */
    public IndicatorEvents perVillage(double perVillage) {
        indicators.get(indicators.size() - 1).put("perVillage", perVillage);
        return this;
    }

    /** The last value added, as a county reviewer set it. */
    public IndicatorEvents reviewedBy(String reviewer) {
        indicators.get(indicators.size() - 1).put("source", "reviewed");
        indicators.get(indicators.size() - 1).put("reviewedBy", reviewer);
        return this;
    }

    /** A flag or statutory part as indicator-service sends it: 1 or 0, kind flag, direction up, no unit. */
    public IndicatorEvents flag(String key, boolean stated) {
        return value(key, stated ? 1 : 0, false, "up", "flag", null, null);
    }

    public IndicatorEvents township(String name) {
        event.put("township", name);
        return this;
    }

    public IndicatorEvents submitted(String at, boolean late) {
        event.put("submittedAt", at);
        event.put("late", late);
        return this;
    }

    public String townshipCode() {
        return (String) event.get("townshipCode");
    }

    public int year() {
        return (Integer) event.get("year");
    }

    public String json() {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
