package io.fazhi.dashboard.messaging;

import java.util.Map;

import org.eclipse.microprofile.health.Liveness;
import org.jboss.logging.Logger;

import io.fazhi.commons.messaging.ConsumerLiveness;
import io.fazhi.commons.messaging.ReliableConsumer;
import io.fazhi.dashboard.config.DashboardConfig;
import io.fazhi.dashboard.service.ReportStatusUpdater;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Keeps report statuses (for coverage) current from ReportStatusChanged, in a consumer group of its own. */
@ApplicationScoped
public class ReportStatusConsumer {

    private static final Logger LOG = Logger.getLogger(ReportStatusConsumer.class);

    private final ReliableConsumer consumer;

    @Inject
    ReportStatusConsumer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, DashboardConfig config,
            ReportStatusUpdater updater) {
        this.consumer = new ReliableConsumer(kafkaConfig, config.consumerGroup() + "-status", config.statusTopic(),
                config.statusDeadLetterTopic(),
                record -> LOG.debugf("Status %s: %s", record.key(), updater.apply(updater.read(record.value()))));
    }

    void start(@Observes StartupEvent ignored, @Liveness ConsumerLiveness liveness) {
        liveness.watch(consumer);
        consumer.start();
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        consumer.stop();
    }
}
