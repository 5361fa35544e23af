package io.fazhi.dashboard.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Topics and consumer group of the dashboard's read model. */
@ConfigMapping(prefix = "fazhi.dashboard")
public interface DashboardConfig {

    @WithDefault("fazhi.indicators.computed")
    String indicatorsTopic();

    @WithDefault("fazhi.indicators.computed.dlq")
    String deadLetterTopic();

    @WithDefault("dashboard-service")
    String consumerGroup();
}
