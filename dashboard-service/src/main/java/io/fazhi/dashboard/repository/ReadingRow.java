package io.fazhi.dashboard.repository;

import java.math.BigDecimal;

/** One reading with its township, read as a projection (no entity): what rankings are computed from. */
public record ReadingRow(String townshipCode, String township, String key, BigDecimal value, boolean approx,
        String unit, String kind, String direction, String dimension) {
}
