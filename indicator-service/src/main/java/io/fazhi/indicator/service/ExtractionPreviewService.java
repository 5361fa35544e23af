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
            throw InvalidTextException.empty();
        }
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxTextBytes) {
            throw InvalidTextException.tooLarge(bytes, maxTextBytes);
        }
        return extractor.extract(text);
    }

    /** Reads a plain-text body strictly in its declared charset (UTF-8 when none), then extracts from it. */
    public ExtractionResult extract(byte[] body, String charset) {
        if (body.length > 2L * maxTextBytes) { // no charset takes more than two bytes for a character of Han text
            throw InvalidTextException.tooLarge(body.length, maxTextBytes);
        }
        return extract(PlainText.decode(body, charset));
    }

    public String extractorVersion() {
        return extractor.version();
    }

    public Catalog catalog() {
        return extractor.catalog();
    }
}
