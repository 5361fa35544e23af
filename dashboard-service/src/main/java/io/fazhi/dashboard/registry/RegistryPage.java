package io.fazhi.dashboard.registry;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.dashboard.coverage.ExpectedTownship;

/**
 * One page of submission-service's {@code GET /api/v1/townships?area=&page=&size=}: {@code {"items": [{"code", "name",
 * "kind", …}], "page", "size", "total"}}. Fields this service does not use are ignored, so the registry may grow.
 */
public record RegistryPage(List<ExpectedTownship> items, int page, int size, long total) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a page; an answer of another shape is a {@link RegistryFormatException}. */
    public static RegistryPage parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new RegistryFormatException("the registry's answer is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("items").isArray() || !root.path("total").canConvertToLong()) {
            throw new RegistryFormatException("the registry's answer has no items list or no total");
        }
        List<ExpectedTownship> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String code = item.path("code").asText(null);
            if (code == null || !code.matches("\\d{9}")) {
                throw new RegistryFormatException("a registry item has no 9-digit code: " + item);
            }
            items.add(new ExpectedTownship(code, item.path("name").asText(code), item.path("kind").asText(null)));
        }
        return new RegistryPage(List.copyOf(items), root.path("page").asInt(0), root.path("size").asInt(items.size()),
                root.path("total").asLong());
    }

    /** The registry answered, but not in the shape this service reads. */
    public static class RegistryFormatException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public RegistryFormatException(String message) {
            super(message);
        }
    }
}
