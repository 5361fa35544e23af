package io.fazhi.submission.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a bulk upload's file, kept apart so that reading a job's progress never loads them; deleted once processed. */
@Entity
@Table(name = "intake_file_content")
public class IntakeFileContent {

    @Id
    @Column(name = "file_id")
    public Long fileId;

    @Column(nullable = false)
    public byte[] content;
}
