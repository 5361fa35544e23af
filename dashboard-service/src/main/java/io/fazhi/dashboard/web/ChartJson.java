package io.fazhi.dashboard.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A chart's data as JSON that can stand inside a {@code <script type="application/json">} element: every {@code <},
 * {@code >} and {@code &} is written as a Unicode escape, so a township name or quote can never close the element.
 */
final class ChartJson {

    private ChartJson() {
    }

    static String of(ObjectMapper json, Object chart) {
        try {
            return json.writeValueAsString(chart).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data are plain records and always serialize", e);
        }
    }
}
