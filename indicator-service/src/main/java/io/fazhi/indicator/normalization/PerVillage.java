package io.fazhi.indicator.normalization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fazhi.indicator.extraction.Catalog;
import io.fazhi.indicator.extraction.IndicatorDefinition;
import io.fazhi.indicator.extraction.IndicatorValue;

/**
 * Count indicators per village (村/社区) of the township, so that a township of 30 villages is not ranked above
 * one of 8 for its size alone. The denominator is the report's own {@code profile.villages}; without it there is no
 * per-village value (never a guess). An explicit zero stays zero; an indicator the report does not mention gets none.
 */
public final class PerVillage {

    public static final String VILLAGES = "profile.villages";
    private static final int SCALE = 4;

    private PerVillage() {
    }

    /** Per-village values by indicator key, for count indicators other than the profile itself. */
    public static Map<String, BigDecimal> of(List<IndicatorValue> values, Catalog catalog) {
        Optional<BigDecimal> villages = values.stream().filter(v -> VILLAGES.equals(v.key()))
                .map(IndicatorValue::value).filter(n -> n.signum() > 0).findFirst();
        Map<String, BigDecimal> perVillage = new LinkedHashMap<>();
        if (villages.isEmpty()) {
            return perVillage;
        }
        for (IndicatorValue v : values) {
            boolean count = catalog.find(v.key()).map(IndicatorDefinition::kind).filter("count"::equals).isPresent();
            if (count && !v.key().startsWith("profile.")) {
                perVillage.put(v.key(), v.value().divide(villages.get(), SCALE, RoundingMode.HALF_UP).stripTrailingZeros());
            }
        }
        return perVillage;
    }
}
