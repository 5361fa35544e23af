package io.fazhi.submission.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One change of a report version's status, kept for good. */
@Entity
@Table(name = "report_status_change")
public class ReportStatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id", nullable = false)
    public long reportId;

    @Column(name = "township_code", nullable = false, length = 9)
    public String townshipCode;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Column(name = "report_version", nullable = false)
    public int version;

    @Column(name = "from_status", nullable = false, length = 20)
    public String fromStatus;

    @Column(name = "to_status", nullable = false, length = 20)
    public String toStatus;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    @Column(length = 1000)
    public String reason;
}
