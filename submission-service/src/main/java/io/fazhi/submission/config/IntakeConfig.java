package io.fazhi.submission.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and timing of bulk intake (each file's own limits are {@link SubmissionConfig}'s). */
@ConfigMapping(prefix = "fazhi.intake")
public interface IntakeConfig {

    /** Most files one bulk upload may hold, counting each entry of its zip files. */
    @WithDefault("5000")
    int maxFiles();

    /** How long a file may stay claimed by a worker that went silent before another worker takes it over. */
    @WithDefault("PT5M")
    Duration claimTimeout();

    /** How often the worker looks for waiting files besides being woken by each new job (files a restart left). */
    @WithDefault("PT1S")
    Duration pollEvery();
}
