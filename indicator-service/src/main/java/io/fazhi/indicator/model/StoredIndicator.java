package io.fazhi.indicator.model;

import java.math.BigDecimal;

import io.fazhi.commons.schema.IdSequence;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One indicator value of an extraction, stored as a row so that it can be queried across townships. */
@Entity
@Table(name = "indicator_value")
public class StoredIndicator {

    /** From a sequence in blocks (not the identity column), so that a report's rows go in one JDBC batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_value_seq")
    @SequenceGenerator(name = "indicator_value_seq", sequenceName = "indicator_value_seq",
            allocationSize = IdSequence.BLOCK)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "extraction_id")
    public ReportExtraction extraction;

    @Column(name = "indicator_key", nullable = false, length = 80)
    public String key;

    @Column(nullable = false, length = 12)
    public String kind;

    @Column(name = "numeric_value", nullable = false, precision = 24, scale = 4)
    public BigDecimal value;

    @Column(nullable = false)
    public boolean approx;

    @Column(length = 12)
    public String unit;

    /** The extractor's confidence in the value (0–1); null for flags and structure parts. */
    @Column
    public Double confidence;

    @Column(name = "needs_review", nullable = false)
    public boolean needsReview;

    /** {@code machine} (the extractor's) or {@code reviewed} (a county reviewer's correction or confirmation). */
    @Column(nullable = false, length = 8)
    public String source = "machine";

    /** The reviewer of a reviewed value. */
    @Column(name = "reviewed_by", length = 200)
    public String reviewedBy;
}
