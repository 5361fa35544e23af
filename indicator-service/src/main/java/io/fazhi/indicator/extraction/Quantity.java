package io.fazhi.indicator.extraction;

import java.math.BigDecimal;

/**
 * A number with its classifier as written in the report; start/end are UTF-16 offsets into the submitted text
 * (end exclusive), money is in yuan, key is the catalog indicator it speaks of or null.
 */
public record Quantity(String text, BigDecimal value, String unit, boolean approx, int start, int end, String key) {
}
