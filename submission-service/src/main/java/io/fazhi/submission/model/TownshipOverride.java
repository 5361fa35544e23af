package io.fazhi.submission.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One county change to the township registry (a unit added or renamed); rows are never updated or deleted. */
@Entity
@Table(name = "township_override")
public class TownshipOverride {

    public static final String ADDED = "ADDED";
    public static final String RENAMED = "RENAMED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 9)
    public String code;

    @Column(name = "change_type", nullable = false, length = 10)
    public String changeType;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(nullable = false, length = 10)
    public String kind;

    @Column(name = "county_code", nullable = false, length = 6)
    public String countyCode;

    @Column(nullable = false, length = 100)
    public String county;

    @Column(name = "city_code", nullable = false, length = 4)
    public String cityCode;

    @Column(nullable = false, length = 100)
    public String city;

    @Column(name = "province_code", nullable = false, length = 2)
    public String provinceCode;

    @Column(nullable = false, length = 100)
    public String province;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "recorded_by", length = 100)
    public String recordedBy;

    @Column(length = 500)
    public String note;
}
