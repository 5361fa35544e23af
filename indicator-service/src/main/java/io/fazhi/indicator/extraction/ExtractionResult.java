package io.fazhi.indicator.extraction;

import java.util.List;
import java.util.Map;

/**
 * Everything read from one report: all quantities, indicator values, stated flags (absent when the report is
 * silent) and the statutory structure ("structure.*" booleans and "structure.completeness" 0..100).
 */
public record ExtractionResult(String extractorVersion, List<Quantity> quantities, List<IndicatorValue> indicators,
                               Map<String, Boolean> flags, Map<String, Object> structure) {

    public ExtractionResult {
        quantities = List.copyOf(quantities);
        indicators = List.copyOf(indicators);
        flags = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(flags));
        structure = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(structure));
    }
}
