package io.fazhi.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The OpenAPI documents committed as {@code docs/openapi/<service>.json}: a service's test compares the document
 * it serves with its committed one and fails on any drift. Run the test with {@code -Dfazhi.openapi.write=true}
 * to commit the served document instead, after a change of the API that is meant.
 */
public final class OpenApiDocuments {

    public static final String WRITE = "fazhi.openapi.write";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int SHOWN = 30;

    private OpenApiDocuments() {
    }

    public static Path committed(String service) {
        return RepositoryDocs.resolve("openapi/" + service + ".json");
    }

    /** Fails, listing where they differ, unless the served document equals the committed one. */
    public static void assertServedIsCommitted(String service, String served) {
        Path file = committed(service);
        try {
            JsonNode servedTree = JSON.readTree(served);
            if (Boolean.getBoolean(WRITE)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, JSON.writeValueAsString(servedTree) + "\n");
                return;
            }
            if (!Files.exists(file)) {
                throw new AssertionError("no committed OpenAPI document " + file + "; run with -D" + WRITE + "=true");
            }
            List<String> drift = new ArrayList<>();
            differences("", JSON.readTree(file.toFile()), servedTree, drift);
            if (!drift.isEmpty()) {
                throw new AssertionError("the OpenAPI document " + service + " serves differs from " + file
                        + " at " + drift.size() + " places" + (drift.size() > SHOWN ? " (first " + SHOWN + ")" : "")
                        + ":\n  " + String.join("\n  ", drift.subList(0, Math.min(SHOWN, drift.size())))
                        + "\nIf the change is meant, run the test with -D" + WRITE + "=true and commit the file.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON pointers where the two trees differ: a member only in one of them, or another value. */
    static void differences(String at, JsonNode committed, JsonNode served, List<String> out) {
        if (committed.isObject() && served.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            committed.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String path = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!committed.has(name)) {
                    out.add("served only: " + path);
                } else if (!served.has(name)) {
                    out.add("committed only: " + path);
                } else {
                    differences(path, committed.get(name), served.get(name), out);
                }
            }
        } else if (committed.isArray() && served.isArray() && committed.size() == served.size()) {
            Iterator<JsonNode> a = committed.elements();
            Iterator<JsonNode> b = served.elements();
            for (int i = 0; a.hasNext(); i++) {
                differences(at + "/" + i, a.next(), b.next(), out);
            }
        } else if (!committed.equals(served)) {
            out.add("changed: " + (at.isEmpty() ? "/" : at) + " committed " + abbreviated(committed) + ", served "
                    + abbreviated(served));
        }
    }

    private static String abbreviated(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }
}
