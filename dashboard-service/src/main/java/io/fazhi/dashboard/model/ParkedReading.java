package io.fazhi.dashboard.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An IndicatorsComputed event of a locked year, held as it came until the year is unlocked. */
@Entity
@Table(name = "parked_reading")
public class ParkedReading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "township_code", nullable = false, length = 9)
    public String townshipCode;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Column(nullable = false, columnDefinition = "text")
    public String payload;

    @Column(name = "parked_at", nullable = false)
    public Instant parkedAt;
}
