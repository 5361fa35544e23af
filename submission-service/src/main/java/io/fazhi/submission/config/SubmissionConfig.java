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

    /** Outbox relay settings. */
    Outbox outbox();

    /** How the outbox relay talks to the broker. */
    interface Outbox {
        @WithDefault("fazhi.reports.submitted")
        String topic();

        @WithDefault("100")
        int batchSize();

        /** How often the relay looks for unpublished rows (read by the relay's schedule). */
        @WithDefault("250ms")
        String interval();

        /** How long the relay waits for the broker to acknowledge a batch. */
        @WithDefault("10000")
        int ackTimeoutMillis();
    }
}
