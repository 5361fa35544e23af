package io.fazhi.submission.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One lock or unlock of an area's year, kept for good. */
@Entity
@Table(name = "year_lock_change")
public class YearLockChange {

    public static final String LOCK = "LOCK";
    public static final String UNLOCK = "UNLOCK";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 9)
    public String area;

    @Column(name = "lock_year", nullable = false)
    public int year;

    @Column(nullable = false, length = 10)
    public String action;

    @Column(nullable = false, length = 200)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    @Column(length = 1000)
    public String reason;

    @Column(nullable = false)
    public int revision;
}
