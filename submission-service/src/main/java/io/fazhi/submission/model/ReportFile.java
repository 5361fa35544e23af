package io.fazhi.submission.model;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The file a report version was uploaded as, kept byte for byte. */
@Entity
@Table(name = "report_file")
public class ReportFile {

    @Id
    @Column(name = "report_id")
    public Long reportId;

    @Column(nullable = false)
    public String filename;

    @Column(name = "content_type", nullable = false, length = 120)
    public String contentType;

    @Column(nullable = false, length = 10)
    public String format;

    @Column(length = 30)
    public String charset;

    @Column(name = "size_bytes", nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    /** bytea on PostgreSQL, VARBINARY on H2; up to the 20 MB upload limit. */
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    public byte[] content;
}
