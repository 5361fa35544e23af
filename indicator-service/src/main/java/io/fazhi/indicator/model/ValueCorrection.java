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

/**
 * A county reviewer's correction of one indicator value of a township's report for a year: confirm the machine's
 * value, correct it, add one the machine missed, or remove one it should not have read; with a reason and, where it
 * has one, the words of the report it rests on.
 */
@Entity
@Table(name = "value_correction")
public class ValueCorrection {

    /** What the reviewer did. */
    public enum Action { CONFIRM, CORRECT, ADD, REMOVE }

    /** Whether the correction applies. */
    public enum Status {
        /** Applied to every extraction of the report. */
        ACTIVE,
        /** Its cited words are not in a new report version: back in the review queue, not applied. */
        QUEUED,
        /** A later correction of the same value took its place. */
        REPLACED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "township_code", nullable = false, length = 9)
    public String townshipCode;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Column(name = "indicator_key", nullable = false, length = 80)
    public String key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Action action;

    @Column(name = "numeric_value", precision = 24, scale = 4)
    public BigDecimal value;

    @Column(nullable = false)
    public boolean approx;

    @Column(length = 2000)
    public String quote;

    @Column(name = "quote_start")
    public Integer quoteStart;

    @Column(name = "quote_end")
    public Integer quoteEnd;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(nullable = false, length = 200)
    public String reviewer;

    @Column(name = "made_at", nullable = false)
    public Instant madeAt;

    /** The report version the correction was made on, or last carried over to. */
    @Column(name = "report_version", nullable = false)
    public int reportVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public Status status;
}
