package io.fazhi.submission.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The due date an area (2, 4, 6 or 9-digit prefix) set for one report year. */
@Entity
@Table(name = "report_deadline")
public class ReportDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 9)
    public String area;

    @Column(name = "report_year", nullable = false)
    public int year;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "publish_by", nullable = false)
    public LocalDate publishBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", length = 100)
    public String updatedBy;
}
