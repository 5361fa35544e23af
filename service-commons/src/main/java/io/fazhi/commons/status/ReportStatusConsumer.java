package io.fazhi.commons.status;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Liveness;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.commons.messaging.ConsumerLiveness;
import io.fazhi.commons.messaging.RecordHandler;
import io.fazhi.commons.messaging.ReliableConsumer;
import io.fazhi.commons.messaging.UnreadableMessageException;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Keeps {@link ReportStatuses} current from {@code fazhi.reports.status}, in a consumer group of its own; a
 * redelivery changes nothing, as an event no newer than the held status is not applied. Services that need statuses
 * (coverage, accepted-only publication) turn it on with {@code fazhi.status.consume=true} at build time.
 */
@ApplicationScoped
@IfBuildProperty(name = "fazhi.status.consume", stringValue = "true")
public class ReportStatusConsumer {

    private static final Logger LOG = Logger.getLogger(ReportStatusConsumer.class);

    private final ReliableConsumer consumer;

    @Inject
    ReportStatusConsumer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "fazhi.status.topic", defaultValue = "fazhi.reports.status") String topic,
            @ConfigProperty(name = "fazhi.status.dead-letter-topic", defaultValue = "fazhi.reports.status.dlq")
            String deadLetterTopic,
            @ConfigProperty(name = "fazhi.status.consumer-group") String group, ObjectMapper json,
            ReportStatuses statuses) {
        ObjectMapper reader = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        // a status comes with every submission: a poll's statuses are applied in one transaction, and no event id
        // is recorded, since applying one twice changes nothing (ReportStatuses.apply keeps the newer change only)
        this.consumer = new ReliableConsumer(kafkaConfig, group, topic, deadLetterTopic, 1,
                RecordHandler.transactional(record -> {
                    ReportStatusChanged change = read(reader, record.value());
                    boolean applied = statuses.apply(change);
                    LOG.debugf("Status %s: %s", record.key(), applied);
                }));
    }

    static ReportStatusChanged read(ObjectMapper json, String payload) {
        ReportStatusChanged e;
        try {
            e = json.readValue(payload == null ? "" : payload, ReportStatusChanged.class);
        } catch (JacksonException ex) {
            throw new UnreadableMessageException("not a ReportStatusChanged JSON document: " + ex.getOriginalMessage(),
                    ex);
        }
        if (e == null || e.eventId() == null || e.schemaVersion() == null || e.reportId() == null
                || e.townshipCode() == null || !e.townshipCode().matches("\\d{9}") || e.township() == null
                || e.year() == null || e.version() == null || e.status() == null || e.submittedAt() == null
                || e.late() == null || e.occurredAt() == null) {
            throw new UnreadableMessageException("a required field of ReportStatusChanged is missing or invalid");
        }
        if (e.schemaVersion() > ReportStatusChanged.SUPPORTED_SCHEMA_VERSION) {
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
