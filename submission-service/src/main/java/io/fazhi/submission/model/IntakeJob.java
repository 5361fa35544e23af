package io.fazhi.submission.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A bulk upload, with the caller who made it: its files are submitted with that caller's rights. */
@Entity
@Table(name = "intake_job")
public class IntakeJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "creator_subject", nullable = false, length = 1000)
    public String creatorSubject;

    /** The creator's roles, comma-separated. */
    @Column(name = "creator_roles", nullable = false, length = 500)
    public String creatorRoles;

    @Column(name = "creator_township", length = 12)
    public String creatorTownship;

    @Column(name = "creator_area", length = 9)
    public String creatorArea;
}
