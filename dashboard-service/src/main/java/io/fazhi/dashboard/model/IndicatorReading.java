package io.fazhi.dashboard.model;

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

/** One indicator value of a township and year, with the catalog facts a ranking needs and its evidence. */
@Entity
@Table(name = "indicator_reading")
public class IndicatorReading {

    /** From a sequence in blocks (not the identity column), so that a report's rows go in one JDBC batch. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_reading_seq")
    @SequenceGenerator(name = "indicator_reading_seq", sequenceName = "indicator_reading_seq",
            allocationSize = IdSequence.BLOCK)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "township_year_id")
    public TownshipYear townshipYear;

    @Column(name = "indicator_key", nullable = false, length = 80)
    public String key;

    @Column(name = "numeric_value", nullable = false, precision = 24, scale = 4)
    public BigDecimal value;

    @Column(nullable = false)
    public boolean approx;

    @Column(length = 12)
    public String unit;

    @Column(nullable = false, length = 12)
    public String kind;

    @Column(nullable = false, length = 8)
    public String direction;

    @Column(nullable = false, length = 40)
    public String dimension;

    /** The value divided by the township's stated villages (count indicators; null when it states none). */
    @Column(name = "per_village", precision = 24, scale = 4)
    public BigDecimal perVillage;

    /** {@code machine} (the extractor's value) or {@code reviewed} (a county reviewer's). */
    @Column(nullable = false, length = 8)
    public String source = "machine";

    @Column(name = "reviewed_by", length = 200)
    public String reviewedBy;

    /** The quotes behind the value, as JSON, served with explanations. */
    @Column(name = "evidence_json", nullable = false, columnDefinition = "text")
    public String evidenceJson;
}
