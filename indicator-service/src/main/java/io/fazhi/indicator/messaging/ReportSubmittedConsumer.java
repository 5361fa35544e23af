package io.fazhi.indicator.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

import io.fazhi.indicator.config.IndicatorConfig;
import io.fazhi.indicator.service.ExtractionService;
import io.fazhi.indicator.service.ReportEventReader;
import io.fazhi.indicator.service.UnreadableEventException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Consumes ReportSubmitted in a consumer group. An offset is committed only after the database transaction of its
 * record committed (or the record was parked on the dead-letter topic); a failure rewinds and retries.
 */
@ApplicationScoped
public class ReportSubmittedConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(ReportSubmittedConsumer.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);
    /** A record that failed this often with the database reachable is parked rather than blocking its partition. */
    private static final int MAX_ATTEMPTS = 5;

    private final Map<String, Object> kafkaConfig;
    private final IndicatorConfig config;
    private final ReportEventReader reader;
    private final ExtractionService extractions;
    private final DeadLetterPublisher deadLetters;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean running;
    private Thread thread;
    private ConsumerRecord<String, String> failing;
    private int failures;

    @Inject
    ReportSubmittedConsumer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, IndicatorConfig config,
            ReportEventReader reader, ExtractionService extractions, DeadLetterPublisher deadLetters) {
        this.kafkaConfig = kafkaConfig;
        this.config = config;
        this.reader = reader;
        this.extractions = extractions;
        this.deadLetters = deadLetters;
    }

    void start(@Observes StartupEvent ignored) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, config.consumerGroup());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        running = true;
        thread = new Thread(this, "report-submitted-consumer");
        thread.start();
    }

    void stop(@Observes ShutdownEvent ignored) throws InterruptedException {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            thread.join(10_000);
        }
    }

    public boolean isAlive() {
        return thread != null && thread.isAlive();
    }

    @Override
    public void run() {
        try (KafkaConsumer<String, String> c = consumer) {
            c.subscribe(List.of(config.reportsTopic()));
            while (running) {
                ConsumerRecords<String, String> records = c.poll(Duration.ofMillis(200));
                for (TopicPartition partition : records.partitions()) {
                    handlePartition(c, partition, records.records(partition));
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        }
    }

    private void handlePartition(KafkaConsumer<String, String> c, TopicPartition partition,
            List<ConsumerRecord<String, String>> records) {
        for (ConsumerRecord<String, String> record : records) {
            try {
                handle(record);
                c.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
            } catch (RuntimeException e) {
                if (!giveUp(record, e)) {
                    LOG.warnf("Report at %s offset %d not processed, retrying: %s", partition, record.offset(),
                            e.getMessage());
                    c.seek(partition, record.offset());
                    pause();
                    return;
                }
            }
        }
    }

    private void handle(ConsumerRecord<String, String> record) {
        try {
            var outcome = extractions.process(reader.read(record.value()));
            LOG.debugf("Report %s: %s", record.key(), outcome);
        } catch (UnreadableEventException e) {
            LOG.warnf("Unreadable message at %s-%d offset %d parked on the dead-letter topic: %s", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
            deadLetters.park(record, e.getMessage());
        }
    }

    /** Counts consecutive failures of the same record; past the limit it is parked with the last error. */
    private boolean giveUp(ConsumerRecord<String, String> record, RuntimeException error) {
        boolean same = failing != null && failing.topic().equals(record.topic())
                && failing.partition() == record.partition() && failing.offset() == record.offset();
        failures = same ? failures + 1 : 1;
        failing = record;
        if (failures < MAX_ATTEMPTS) {
            return false;
        }
        try {
            deadLetters.park(record, "failed " + failures + " times: " + error.getMessage());
            consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                    new OffsetAndMetadata(record.offset() + 1)));
            failing = null;
            return true;
        } catch (RuntimeException parkFailed) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
