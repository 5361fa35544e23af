package io.fazhi.indicator.messaging;

import java.util.Map;

import org.eclipse.microprofile.health.Liveness;
import org.jboss.logging.Logger;

import io.fazhi.commons.messaging.ConsumerLiveness;
import io.fazhi.commons.messaging.RecordHandler;
import io.fazhi.commons.messaging.ReliableConsumer;
import io.fazhi.indicator.config.IndicatorConfig;
import io.fazhi.indicator.service.ExtractionService;
import io.fazhi.indicator.service.ReportEventReader;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Feeds ReportSubmitted events to the extraction service, a poll's events of a partition in one transaction;
 * unreadable ones go to the dead-letter topic.
 */
@ApplicationScoped
public class ReportSubmittedConsumer {

    private static final Logger LOG = Logger.getLogger(ReportSubmittedConsumer.class);

    private final ReliableConsumer consumer;

    @Inject
    ReportSubmittedConsumer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, IndicatorConfig config,
            ReportEventReader reader, ExtractionService extractions) {
        RecordHandler handler = RecordHandler.transactional(
                record -> LOG.debugf("Report %s: %s", record.key(), extractions.process(reader.read(record.value()))));
        this.consumer = new ReliableConsumer(kafkaConfig, config.consumerGroup(), config.reportsTopic(),
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
