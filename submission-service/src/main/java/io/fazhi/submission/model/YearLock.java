package io.fazhi.submission.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Whether an area's report year is locked for release, and the last change (the revision counts them). */
@Entity
@Table(name = "year_lock")
public class YearLock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 9)
    public String area;

    @Column(name = "lock_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public boolean locked;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 200)
    public String changedBy;

    @Column(length = 1000)
    public String reason;

    @Column(nullable = false)
    public int revision;
}
