package io.fazhi.indicator.extraction;

import java.math.BigDecimal;
import java.util.List;

/**
 * This township's value of one catalog indicator in the report year, with the mentions behind it, the engine's
 * confidence in the value (that of its least sure mention, capped by how sure a sum of parts is) and
 * the reasons; {@code basis} is how the value was put together ({@code value-parts}, {@code value-passages}) or, for a
 * single statement, what its key rests on; {@code needsReview} below {@link Extractor#REVIEW_THRESHOLD}.
 */
public record IndicatorValue(String key, BigDecimal value, boolean approx, String unit, List<Evidence> evidence,
                             double confidence, String basis, List<String> reasons, boolean needsReview) {

    public IndicatorValue {
        evidence = List.copyOf(evidence);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
