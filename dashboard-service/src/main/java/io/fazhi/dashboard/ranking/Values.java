package io.fazhi.dashboard.ranking;

import java.math.BigDecimal;

/** Canonical text and rounding of values, shared by treatment details and the data hash. */
final class Values {

    private Values() {
    }

    /**
     * Integral values as plain integers ("12000"), others as the exact decimal expansion of the binary double, which
     * any language reproduces (Python's {@code Decimal(x)}), unlike {@code Double.toString} whose output changed in
     * JDK 19.
     */
    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).toPlainString();
    }

    /** Short human form for treatment details: "120", "98.5". */
    static String display(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Published scores carry two decimals, and ranks are taken on them (as the WJP index does). */
    static double round2(double value) {
        return Math.round(value * 100.0) / 100.0;
    }
}
