package io.fazhi.dashboard.messaging;

import java.util.Map;

import org.eclipse.microprofile.health.Liveness;
import org.jboss.logging.Logger;

import io.fazhi.commons.messaging.ConsumerLiveness;
import io.fazhi.commons.messaging.RecordHandler;
import io.fazhi.commons.messaging.ReliableConsumer;
import io.fazhi.dashboard.config.DashboardConfig;
import io.fazhi.dashboard.readmodel.IndicatorsEventReader;
import io.fazhi.dashboard.readmodel.ReadModelUpdater;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Keeps the read model current from IndicatorsComputed events, a poll's events of a partition in one transaction. */
@ApplicationScoped
public class IndicatorsComputedConsumer {

    private static final Logger LOG = Logger.getLogger(IndicatorsComputedConsumer.class);

    private final ReliableConsumer consumer;

    @Inject
    IndicatorsComputedConsumer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            DashboardConfig config, IndicatorsEventReader reader, ReadModelUpdater updater) {
        RecordHandler handler = RecordHandler.transactional(
                record -> LOG.debugf("Indicators %s: %s", record.key(), updater.apply(reader.read(record.value()))));
        this.consumer = new ReliableConsumer(kafkaConfig, config.consumerGroup(), config.indicatorsTopic(),
                config.deadLetterTopic(), config.consumerThreads(), handler);
    }

    void start(@Observes StartupEvent ignored, @Liveness ConsumerLiveness liveness) {
        liveness.watch(consumer);
        consumer.start();
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        consumer.stop();
    }
}
