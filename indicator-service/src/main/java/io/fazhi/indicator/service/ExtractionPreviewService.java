package io.fazhi.indicator.service;

import java.nio.charset.StandardCharsets;

import io.fazhi.indicator.config.IndicatorConfig;
import io.fazhi.indicator.extraction.Catalog;
import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.Extractor;
import jakarta.enterprise.context.ApplicationScoped;

/** Extraction on demand: reads a text and stores nothing. */
@ApplicationScoped
public class ExtractionPreviewService {

    private final Extractor extractor;
    private final int maxTextBytes;

    ExtractionPreviewService(Extractor extractor, IndicatorConfig config) {
        this.extractor = extractor;
        this.maxTextBytes = config.maxTextBytes();
    }

    public ExtractionResult extract(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidTextException(400, "The text is empty.");
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxTextBytes) {
            throw new InvalidTextException(413,
                    "The text has " + bytes + " bytes in UTF-8; the limit is " + maxTextBytes + " bytes.");
        }
        return extractor.extract(text);
    }

    public String extractorVersion() {
        return extractor.version();
    }

    public Catalog catalog() {
        return extractor.catalog();
    }
}
