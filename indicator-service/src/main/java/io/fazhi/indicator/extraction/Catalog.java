package io.fazhi.indicator.extraction;

import java.util.List;
import java.util.Optional;

/** A versioned indicator catalog: the indicators and the lexicon the extractor reads them with. */
public record Catalog(String version, List<IndicatorDefinition> indicators, Lexicon lexicon) {

    public Catalog {
        indicators = List.copyOf(Lexicon.nullToEmpty(indicators));
        lexicon = lexicon == null ? CatalogLoader.defaultCatalog().lexicon() : lexicon;
    }

    /** A catalog of indicators read with the lexicon of the bundled default catalog. */
    public Catalog(String version, List<IndicatorDefinition> indicators) {
        this(version, indicators, null);
    }

    public Optional<IndicatorDefinition> find(String key) {
        return indicators.stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
