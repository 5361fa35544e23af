package io.fazhi.commons.locks;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Liveness;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.commons.area.AreaCodes;
import io.fazhi.commons.messaging.ConsumerLiveness;
import io.fazhi.commons.messaging.ProcessedEvents;
import io.fazhi.commons.messaging.ReliableConsumer;
import io.fazhi.commons.messaging.UnreadableMessageException;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps {@link YearLocks} current from {@code fazhi.years.locks}, in a consumer group of its own, and tells the
 * service (a CDI event of the change, after its transaction committed, on every delivery: observers must be
 * idempotent) so that it can act on an unlock. Services
 * that hold locks turn it on with {@code fazhi.locks.consume=true} at build time.
 */
@ApplicationScoped
@IfBuildProperty(name = "fazhi.locks.consume", stringValue = "true")
public class YearLockConsumer {

    private final ReliableConsumer consumer;

    @Inject
    YearLockConsumer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "fazhi.locks.topic", defaultValue = "fazhi.years.locks") String topic,
            @ConfigProperty(name = "fazhi.locks.dead-letter-topic", defaultValue = "fazhi.years.locks.dlq")
            String deadLetterTopic,
            @ConfigProperty(name = "fazhi.locks.consumer-group") String group, ObjectMapper json, YearLocks locks,
            ProcessedEvents processed, Event<YearLockChanged> applied) {
        ObjectMapper reader = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.consumer = new ReliableConsumer(kafkaConfig, group, topic, deadLetterTopic, record -> {
            YearLockChanged change = read(reader, record.value());
            QuarkusTransaction.requiringNew().run(() -> {
                if (processed.firstDelivery(change.eventId())) {
                    locks.apply(change);
                }
            });
            // on every delivery, so that a redelivery after a failed observer reaches it again: observers are idempotent
            applied.fire(change);
        });
    }

    static YearLockChanged read(ObjectMapper json, String payload) {
        YearLockChanged e;
        try {
            e = json.readValue(payload == null ? "" : payload, YearLockChanged.class);
        } catch (JacksonException ex) {
            throw new UnreadableMessageException("not a YearLockChanged JSON document: " + ex.getOriginalMessage(), ex);
        }
        if (e == null || e.eventId() == null || e.schemaVersion() == null || e.area() == null
                || !AreaCodes.isArea(e.area()) || e.year() == null || e.locked() == null
                || e.revision() == null || e.occurredAt() == null || e.changedBy() == null) {
            throw new UnreadableMessageException("a required field of YearLockChanged is missing or invalid");
        }
        if (e.schemaVersion() > YearLockChanged.SUPPORTED_SCHEMA_VERSION) {
            throw new UnreadableMessageException("schemaVersion " + e.schemaVersion() + " is newer than supported");
        }
        return e;
    }

    void start(@Observes StartupEvent ignored, @Liveness ConsumerLiveness liveness) {
        liveness.watch(consumer);
        consumer.start();
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        consumer.stop();
    }
}
