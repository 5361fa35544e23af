package io.fazhi.dashboard.ranking;

import java.util.Locale;

/** Which way of an indicator is better: {@code UP}, {@code DOWN}, or {@code NONE} (reported and compared, never ranked). */
public enum Direction {
    UP, DOWN, NONE;

    /** Reads the catalog spelling ({@code up}, {@code down}, {@code none}), case-insensitively. */
    public static Direction of(String catalogValue) {
        if (catalogValue == null) {
            throw new IllegalArgumentException("direction is required");
        }
        return switch (catalogValue.trim().toLowerCase(Locale.ROOT)) {
            case "up" -> UP;
            case "down" -> DOWN;
            case "none" -> NONE;
            default -> throw new IllegalArgumentException("unknown direction: " + catalogValue);
        };
    }
}
