package io.fazhi.indicator.extraction;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a catalog data file (JSON) from the classpath or a stream. */
public final class CatalogLoader {

    public static final String DEFAULT_RESOURCE = "/catalog/indicator-catalog.json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private CatalogLoader() {
    }

    /** The bundled catalog, read once. */
    public static Catalog defaultCatalog() {
        return Holder.DEFAULT;
    }

    public static Catalog read(InputStream json) {
        try {
            Catalog c = MAPPER.readValue(json, Catalog.class);
            if (c.lexicon() == null || c.version() == null) {
                throw new IllegalArgumentException("catalog needs a version and a lexicon");
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable indicator catalog", e);
        }
    }

    private static final class Holder {
        static final Catalog DEFAULT = load();

        private static Catalog load() {
            try (InputStream in = CatalogLoader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing classpath resource " + DEFAULT_RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
