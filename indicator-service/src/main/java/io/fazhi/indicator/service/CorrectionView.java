package io.fazhi.indicator.service;

import java.math.BigDecimal;
import java.time.Instant;

import io.fazhi.indicator.model.ValueCorrection;

/** A correction as the API shows it. */
public record CorrectionView(long id, String townshipCode, int year, String key, String action, BigDecimal value,
        boolean approx, String quote, Integer quoteStart, Integer quoteEnd, String reason, String reviewer,
        Instant madeAt, int reportVersion, String status) {

    static CorrectionView of(ValueCorrection c) {
        return new CorrectionView(c.id, c.townshipCode, c.year, c.key, c.action.name().toLowerCase(java.util.Locale.ROOT),
                c.value == null ? null : c.value.stripTrailingZeros(), c.approx, c.quote, c.quoteStart, c.quoteEnd,
                c.reason, c.reviewer, c.madeAt, c.reportVersion, c.status.name().toLowerCase(java.util.Locale.ROOT));
    }
}
