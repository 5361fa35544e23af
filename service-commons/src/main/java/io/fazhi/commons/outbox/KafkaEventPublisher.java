package io.fazhi.commons.outbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Publishes outbox rows with an idempotent producer (acks=all) and waits for the broker's acknowledgement. */
@ApplicationScoped
@IfBuildProperty(name = "fazhi.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class KafkaEventPublisher implements EventPublisher {

    private static final Logger LOG = Logger.getLogger(KafkaEventPublisher.class);

    private final KafkaProducer<String, String> producer;
    private final long ackTimeoutMillis;

    @Inject
    KafkaEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, OutboxConfig config) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        // a broker that is down must not hold a relay batch for long; what failed is retried from the outbox
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, config.ackTimeoutMillis());
                this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        this.ackTimeoutMillis = config.ackTimeoutMillis();
    }

    @Override
    public int publish(List<OutboxEvent> events) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        try {
            for (OutboxEvent event : events) {
                acks.add(producer.send(toRecord(event)));
            }
        } catch (RuntimeException e) {
            LOG.warnf("Broker not reachable, %d outbox event(s) wait: %s", events.size() - acks.size(), e.getMessage());
        }
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get(ackTimeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return i;
            } catch (Exception e) {
                LOG.warnf("Event %s not acknowledged, it stays in the outbox: %s", events.get(i).eventId,
                        e.getMessage());
                return i;
            }
        }
        return acks.size();
    }

    private static ProducerRecord<String, String> toRecord(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.key, event.payload);
        record.headers().add("eventId", event.eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("eventType", event.eventType.getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
