package io.fazhi.indicator.model;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a report's review, kept for good: never updated, never deleted. */
@Entity
@Table(name = "review_audit")
public class AuditEntry {

    /** The kinds of step. */
    public enum Step {
        /** A reviewer confirmed, corrected, added or removed a value. */
        CORRECTED,
        /** A later correction of the same value replaced this one. */
        REPLACED,
        /** A new report version still has the cited words: the correction follows it. */
        CARRIED_OVER,
        /** A new report version lacks the cited words (or the correction cites none): back in the queue. */
        QUEUED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "township_code", nullable = false, length = 9)
    public String townshipCode;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Column(name = "report_version", nullable = false)
    public int reportVersion;

    @Column(name = "indicator_key", length = 80)
    public String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public Step step;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "old_value", precision = 24, scale = 4)
    public BigDecimal oldValue;

    @Column(name = "new_value", precision = 24, scale = 4)
    public BigDecimal newValue;

    @Column(length = 1000)
    public String reason;
}
