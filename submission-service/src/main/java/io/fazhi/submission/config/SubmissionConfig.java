package io.fazhi.submission.config;

import java.time.MonthDay;
import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and calendar of report submission. */
@ConfigMapping(prefix = "fazhi.submission")
public interface SubmissionConfig {

    /** Largest report text accepted, in UTF-8 bytes. */
    @WithDefault("2097152")
    int maxTextBytes();

    /** Day of the following year by which a year's report is due to the county. */
    @WithDefault("--03-01")
    MonthDay dueDate();

    /** Day of the following year by which a year's report is to be public (督察工作规定 第二十四条: 4月1日). */
    @WithDefault("--04-01")
    MonthDay publishBy();

    /** Largest uploaded file accepted, in bytes (20 MB). */
    @WithDefault("20971520")
    long maxFileBytes();

    /** Most a .docx may inflate to, and most memory a PDF may take while read, in bytes. */
    @WithDefault("104857600")
    long maxInflatedBytes();

    /** Time zone in which due dates end. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Topic of ReportSubmitted. */
    @WithDefault("fazhi.reports.submitted")
    String reportsTopic();

    /** Topic of ReportStatusChanged (submitted, returned, accepted; no text). */
    @WithDefault("fazhi.reports.status")
    String statusTopic();

    /** Topic of YearLockChanged. */
    @WithDefault("fazhi.years.locks")
    String locksTopic();
}
