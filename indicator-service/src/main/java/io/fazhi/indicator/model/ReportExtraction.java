package io.fazhi.indicator.model;

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

/** What the extractor read from one version of a township's report, with the text kept for re-extraction. */
@Entity
@Table(name = "report_extraction")
public class ReportExtraction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public long reportId;

    @Column(name = "township_code", nullable = false, length = 9)
    public String townshipCode;

    @Column(nullable = false)
    public String township;

    @Column(name = "county_code", nullable = false, length = 6)
    public String countyCode;

    @Column(nullable = false)
    public String county;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Column(name = "report_version", nullable = false)
    public int reportVersion;

    public String title;

    @Column(name = "content_sha256", nullable = false, length = 64)
    public String contentSha256;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "extractor_version", nullable = false)
    public String extractorVersion;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    /** The whole extraction (quantities, indicators, flags, structure) as served by the API. */
    @Column(name = "result_json", nullable = false, columnDefinition = "text")
    public String resultJson;

    @OneToMany(mappedBy = "extraction", cascade = CascadeType.ALL, orphanRemoval = true)
    public List<StoredIndicator> indicators = new ArrayList<>();
}
