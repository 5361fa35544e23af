package io.fazhi.commons.outbox;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

/** Drains the outbox to Kafka on a short interval; a broker outage only delays publication. */
@ApplicationScoped
@IfBuildProperty(name = "fazhi.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final KafkaEventPublisher publisher;
    private final int batchSize;

    OutboxRelay(Outbox outbox, KafkaEventPublisher publisher, OutboxConfig config) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.batchSize = config.batchSize();
    }

    @Scheduled(every = "${fazhi.outbox.interval:250ms}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        try {
            int sent;
            do {
                sent = outbox.relayBatch(publisher);
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay pass failed, retrying on the next pass: %s", e.getMessage());
        }
    }
}
