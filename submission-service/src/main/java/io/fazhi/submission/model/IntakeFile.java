package io.fazhi.submission.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One file of a bulk upload: QUEUED, PROCESSING (claimed by a worker at {@code claimedAt}), then STORED (with the
 * report it became) or REFUSED (with the problem a single upload would have answered).
 */
@Entity
@Table(name = "intake_file")
public class IntakeFile {

    public static final String QUEUED = "QUEUED";
    public static final String PROCESSING = "PROCESSING";
    public static final String STORED = "STORED";
    public static final String REFUSED = "REFUSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "job_id", nullable = false)
    public long jobId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false, length = 500)
    public String name;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 12)
    public String state;

    /** How often a worker claimed it; the claim's token, so that a late worker cannot overwrite a newer claim. */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "report_id")
    public Long reportId;

    @Column(name = "township_code", length = 12)
    public String townshipCode;

    @Column(length = 100)
    public String township;

    @Column(name = "report_year")
    public Integer year;

    @Column(name = "report_version")
    public Integer version;

    /** True when this file created the report version, false when an identical one was already stored. */
    public Boolean created;

    @Column(name = "refusal_status")
    public Integer refusalStatus;

    /** The problem type's slug. */
    @Column(name = "refusal_type", length = 100)
    public String refusalType;

    @Column(name = "refusal_title", length = 200)
    public String refusalTitle;

    @Column(name = "refusal_detail", length = 2000)
    public String refusalDetail;
}
