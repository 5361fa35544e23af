package io.fazhi.dashboard.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** IndicatorsComputed messages as indicator-service writes them, for tests that play its part. */
final class IndicatorEvents {

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

    static IndicatorEvents of(String townshipCode, int year, int version) {
        return new IndicatorEvents(townshipCode, year, version, "2024-02-20T08:30:0" + version + "Z");
    }

    IndicatorEvents value(String key, double value, boolean approx, String direction) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("key", key);
        i.put("value", value);
        i.put("approx", approx);
        i.put("unit", "次");
        i.put("kind", "count");
        i.put("direction", direction);
        i.put("dimension", key.substring(0, key.indexOf('.')));
        i.put("evidence", List.of(Map.of("quote", "开展普法宣传活动" + (int) value + "次。", "start", 0, "end", 3)));
        indicators.add(i);
        return this;
    }

    String json() {
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
