package io.fazhi.indicator.extraction;

import java.math.BigDecimal;
import java.util.List;

/** This township's value of one catalog indicator in the report year, with the mentions behind it. */
public record IndicatorValue(String key, BigDecimal value, boolean approx, String unit, List<Evidence> evidence) {

    public IndicatorValue {
        evidence = List.copyOf(evidence);
    }
}
