package io.fazhi.indicator.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads indicators from the free text of a township's annual 法治政府建设情况报告; immutable and thread-safe. */
public final class Extractor {

    /** Bump when a change in this package can change an extraction. */
    public static final String ENGINE_VERSION = "2.2.0";

    /**
     * Values the engine is less sure of than this are marked {@code needsReview} for the county's review. A
     * confidence is the share of keys on the same {@link Basis} that were right on the labelled real reports.
     */
    public static final double REVIEW_THRESHOLD = 0.7;

    private final Catalog catalog;
    private final QuantityRecognizer recognizer;
    private final ScopeFilter scope;
    private final KeyAssigner keys;
    private final PatternRules patterns;
    private final ValueAssembler values;
    private final FlagDetector flags;
    private final StructureDetector structure;

    private Extractor(Catalog catalog) {
        this.catalog = catalog;
        this.recognizer = new QuantityRecognizer(catalog.lexicon());
        this.structure = new StructureDetector(catalog);
        this.scope = new ScopeFilter(catalog.lexicon(), structure);
        this.keys = new KeyAssigner(catalog, scope);
        this.patterns = new PatternRules(catalog, scope);
        this.values = new ValueAssembler(catalog);
        this.flags = new FlagDetector(catalog, scope);
    }

    /** An extractor for the catalog bundled at /catalog/indicator-catalog.json. */
    public static Extractor withDefaultCatalog() {
        return new Extractor(CatalogLoader.defaultCatalog());
    }

    public static Extractor withCatalog(Catalog catalog) {
        return new Extractor(catalog);
    }

    public String version() {
        return ENGINE_VERSION + "+catalog." + catalog.version();
    }

    public Catalog catalog() {
        return catalog;
    }

    public ExtractionResult extract(String text) {
        NormalizedText norm = TextNormalizer.normalize(text == null ? "" : text);
        ReportLayout layout = ReportLayout.of(norm.text());
        List<Mention> recognized = recognizer.recognize(norm.text());
        List<PatternRules.Hit> hits = patterns.find(layout, recognized);
        List<Mention> mentions = patterns.claim(keys.assign(layout, recognized), hits);
        List<Quantity> quantities = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Reading r = m.reading();
            quantities.add(new Quantity(norm.originalSlice(m.start(), m.end()), m.value(), m.unit(), m.approx(),
                    norm.originalStart(m.start()), norm.originalEnd(m.end()), r.key(), r.confidence(),
                    r.basis() == null ? null : r.basis().code(), r.reasons(),
                    r.confidence() != null && r.confidence() < REVIEW_THRESHOLD));
        }
        List<IndicatorValue> indicators = values.assemble(norm, layout, mentions, hits);
        Map<String, Boolean> stated = flags.detect(layout);
        boolean hasContent = !indicators.isEmpty() || !stated.isEmpty();
        return new ExtractionResult(version(), quantities, indicators, stated, structure.detect(layout, hasContent));
    }
}
