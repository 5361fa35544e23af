package io.fazhi.indicator.extraction;

import java.math.BigDecimal;
import java.util.List;

/**
 * A number with its classifier as written in the report; start/end are UTF-16 offsets into the submitted text
 * (end exclusive), money is in yuan, key is the catalog indicator it speaks of or null. A keyed quantity carries
 * the engine's confidence in its key (0–1), the {@link Basis} code it rests on and the reasons for it; below {@link Extractor#REVIEW_THRESHOLD} it
 * {@code needsReview}. An unkeyed one has no confidence, and its reasons say why a key was withheld, if one was.
 */
public record Quantity(String text, BigDecimal value, String unit, boolean approx, int start, int end, String key,
                       Double confidence, String basis, List<String> reasons, boolean needsReview) {

    public Quantity {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
