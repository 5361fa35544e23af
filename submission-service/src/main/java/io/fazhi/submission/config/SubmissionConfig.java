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

    /** Time zone in which due dates end. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Topic of ReportSubmitted. */
    @WithDefault("fazhi.reports.submitted")
    String reportsTopic();
}
