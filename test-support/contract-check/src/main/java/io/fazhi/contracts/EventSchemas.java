package io.fazhi.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The JSON Schemas of the events ({@code docs/schemas/<Event>.schema.json}, draft 2020-12) that producers' and
 * consumers' contract tests validate payloads against, formats (uuid, date-time) asserted.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The violations of the event's schema by the payload, each as "instance location: message"; empty if none. */
    public static List<String> violations(String event, String payload) {
        JsonNode instance;
        try {
            instance = JSON.readTree(payload);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        List<Error> errors = schema(event).validate(instance,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** Fails with every violation when the payload does not conform to the event's schema. */
    public static void assertConforms(String event, String payload) {
        List<String> violations = violations(event, payload);
        if (!violations.isEmpty()) {
            throw new AssertionError(event + " payload does not conform to docs/schemas/" + event
                    + ".schema.json:\n  " + String.join("\n  ", violations) + "\n" + payload);
        }
    }

    private static Schema schema(String event) {
        return SCHEMAS.computeIfAbsent(event, name -> {
            try (InputStream in = Files.newInputStream(RepositoryDocs.resolve("schemas/" + name + ".schema.json"))) {
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new IllegalStateException("no schema for " + name, e);
            }
        });
    }
}
