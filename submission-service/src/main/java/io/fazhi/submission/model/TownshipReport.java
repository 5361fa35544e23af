package io.fazhi.submission.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stored version of a township's annual 法治政府建设情况报告. */
@Entity
@Table(name = "township_report")
public class TownshipReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

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

    @Column(nullable = false)
    public int version;

    public String title;

    @Column(name = "content_sha256", nullable = false, length = 64)
    public String contentSha256;

    @Column(name = "text_chars", nullable = false)
    public int textChars;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    public String text;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(nullable = false)
    public boolean late;

    /** submitted, returned (to the township, with a reason) or accepted (by the county). */
    @Column(nullable = false, length = 20)
    public String status;

    /** Why the county returned or accepted it, in words the township reads. */
    @Column(name = "status_reason", length = 1000)
    public String statusReason;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Column(name = "status_changed_by", length = 200)
    public String statusChangedBy;

    /** JSON of what was read from the report (io.fazhi.submission.detection.Detection). */
    @Column(columnDefinition = "text")
    public String detection;

    @Column(name = "document_number", length = 100)
    public String documentNumber;

    @Column(length = 50)
    public String signer;

    /** The subject of the token the report came with: the township office, or the county office that uploaded it. */
    @Column(name = "submitted_by", length = 100)
    public String submittedBy;

    /** End of the day by which the report is to be public; null for reports stored before deadlines existed. */
    @Column(name = "publish_by")
    public Instant publishBy;

    /** The area whose deadline applied; null when the configured default did. */
    @Column(name = "deadline_area", length = 9)
    public String deadlineArea;
}
