package io.fazhi.indicator.config;

import io.fazhi.indicator.extraction.Extractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one extractor of the service, built from the bundled catalog at start-up. */
@ApplicationScoped
public class ExtractorProducer {

    @Produces
    @ApplicationScoped
    Extractor extractor() {
        return Extractor.withDefaultCatalog();
    }
}
