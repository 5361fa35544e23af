package io.fazhi.indicator.service;

import java.math.BigDecimal;
import java.time.Instant;

import io.fazhi.indicator.model.AuditEntry;

/** One step of a report's review trail. */
public record AuditView(long id, String townshipCode, int year, int reportVersion, String key, String step,
        String actor, Instant at, BigDecimal oldValue, BigDecimal newValue, String reason) {

    static AuditView of(AuditEntry a) {
        return new AuditView(a.id, a.townshipCode, a.year, a.reportVersion, a.key,
                a.step.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), a.actor, a.at,
                a.oldValue == null ? null : a.oldValue.stripTrailingZeros(),
                a.newValue == null ? null : a.newValue.stripTrailingZeros(), a.reason);
    }
}
