package io.fazhi.commons.status;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A consuming service's copy of the latest report version of a township and year and its status, as
 * submission-service last told it (table {@code report_status}, each service's own migration). {@code revision}
 * rises with every change applied, so that a sum of revisions versions what depends on statuses.
 */
@Entity
@Table(name = "report_status")
public class ReportStatus {

    public static final String ACCEPTED = "ACCEPTED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "township_code", nullable = false, length = 9)
    public String townshipCode;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Column(nullable = false, length = 200)
    public String township;

    @Column(name = "report_id", nullable = false)
    public long reportId;

    @Column(name = "report_version", nullable = false)
    public int reportVersion;

    @Column(nullable = false, length = 20)
    public String status;

    @Column(length = 1000)
    public String reason;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(nullable = false)
    public int revision;

    public boolean accepted() {
        return ACCEPTED.equals(status);
    }
}
