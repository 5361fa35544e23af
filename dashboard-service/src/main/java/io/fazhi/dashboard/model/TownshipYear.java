package io.fazhi.dashboard.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/** The latest computed indicators of one township in one report year. */
@Entity
@Table(name = "township_year")
public class TownshipYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "township_code", nullable = false, length = 9)
    public String townshipCode;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public String township;

    @Column(name = "county_code", nullable = false, length = 6)
    public String countyCode;

    @Column(nullable = false)
    public String county;

    @Column(name = "report_id", nullable = false)
    public long reportId;

    @Column(name = "report_version", nullable = false)
    public int reportVersion;

    @Column(name = "extractor_version", nullable = false)
    public String extractorVersion;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(nullable = false)
    public boolean late;

    /** Bumped by every applied event; the sum over an area is the data version that cached rankings are checked against. */
    @Column(nullable = false)
    public long revision;

    @OneToMany(mappedBy = "townshipYear", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<IndicatorReading> readings = new ArrayList<>();
}
