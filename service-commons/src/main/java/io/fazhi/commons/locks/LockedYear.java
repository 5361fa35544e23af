package io.fazhi.commons.locks;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consuming service's copy of one area's year lock (table {@code locked_year}, each service's own migration). */
@Entity
@Table(name = "locked_year")
public class LockedYear {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 9)
    public String area;

    @Column(name = "lock_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public boolean locked;

    @Column(nullable = false)
    public int revision;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 200)
    public String changedBy;
}
