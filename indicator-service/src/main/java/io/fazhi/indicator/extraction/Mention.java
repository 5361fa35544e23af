package io.fazhi.indicator.extraction;

import java.math.BigDecimal;

/** A recognized quantity in canonical-text offsets, before it is mapped back to the submitted text. */
record Mention(int start, int end, BigDecimal value, String unit, boolean approx, boolean zero, Reading reading) {

    String key() {
        return reading.key();
    }

    Mention withReading(Reading r) {
        return new Mention(start, end, value, unit, approx, zero, r);
    }
}
