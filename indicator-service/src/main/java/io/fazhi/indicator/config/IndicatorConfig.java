package io.fazhi.indicator.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Topics, consumer group and limits of the indicator service. */
@ConfigMapping(prefix = "fazhi.indicator")
public interface IndicatorConfig {

    @WithDefault("fazhi.reports.submitted")
    String reportsTopic();

    /** Where messages that cannot be read go, with the reason in a header. */
    @WithDefault("fazhi.reports.submitted.dlq")
    String deadLetterTopic();

    @WithDefault("fazhi.indicators.computed")
    String indicatorsTopic();

    @WithDefault("indicator-service")
    String consumerGroup();

    /**
     * Consumer threads in this replica, each a member of the group with its own partitions; replicas x threads
     * beyond the topic's partitions sit idle.
     */
    @WithDefault("3")
    int consumerThreads();

    /** Largest text the extraction endpoint reads, in UTF-8 bytes. */
    @WithDefault("2097152")
    int maxTextBytes();

    /** Data-quality rules of the review queue: a modified z-score beyond this marks an outlier (Iglewicz-Hoaglin). */
    @WithDefault("3.5")
    double outlierThreshold();

    /** A value this many times its previous year's (or that share of it) is an implausible year-over-year change. */
    @WithDefault("10")
    double yearOverYearFactor();
}
