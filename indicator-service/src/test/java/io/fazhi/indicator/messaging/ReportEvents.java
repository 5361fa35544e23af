package io.fazhi.indicator.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** ReportSubmitted messages as submission-service writes them, for tests that play its part. */
final class ReportEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportEvents() {
    }

    static String reportSubmitted(String eventId, String townshipCode, int year, int version, String text) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("eventId", eventId);
        event.put("occurredAt", "2024-02-20T08:30:00Z");
        event.put("schemaVersion", 1);
        event.put("reportId", Math.abs((long) (townshipCode + year + version).hashCode()));
        event.put("townshipCode", townshipCode);
        event.put("township", "测试镇");
        event.put("countyCode", townshipCode.substring(0, 6));
        event.put("county", "测试县");
        event.put("year", year);
        event.put("version", version);
        event.put("title", null);
        event.put("contentSha256", "0".repeat(64));
        event.put("submittedAt", "2024-02-20T08:30:00Z");
        event.put("late", false);
        event.put("text", text);
        try {
            return JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String reportSubmitted(String townshipCode, int year, int version, String text) {
        return reportSubmitted(UUID.randomUUID().toString(), townshipCode, year, version, text);
    }
}
