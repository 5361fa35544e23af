package io.fazhi.commons.messaging;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Consumes one topic in a consumer group on its own thread. A record's offset is committed only after its handler
 * returned (the handler commits its database transaction) or after it was parked on the dead-letter topic; any
 * other failure rewinds to the record and retries, and a record that keeps failing is parked after a few attempts.
 */
public class ReliableConsumer implements Runnable {

    private static final Logger LOG = Logger.getLogger(ReliableConsumer.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);
    private static final int MAX_ATTEMPTS = 5;

    private final String topic;
    private final Consumer<ConsumerRecord<String, String>> handler;
    private final DeadLetterPublisher deadLetters;
    private final KafkaConsumer<String, String> consumer;
    private volatile boolean running;
    private volatile boolean started;
    private Thread thread;
    private ConsumerRecord<String, String> failing;
    private int failures;

    public ReliableConsumer(Map<String, Object> kafkaConfig, String group, String topic, String deadLetterTopic,
            Consumer<ConsumerRecord<String, String>> handler) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.deadLetters = new DeadLetterPublisher(kafkaConfig, deadLetterTopic);
        this.topic = topic;
        this.handler = handler;
    }

    public synchronized void start() {
        running = true;
        started = true;
        thread = new Thread(this, "consumer-" + topic);
        thread.start();
    }

    public synchronized void stop() throws InterruptedException {
        running = false;
        consumer.wakeup();
        if (thread != null) {
            thread.join(10_000);
        }
        deadLetters.close();
    }

    /** False once the consuming thread has died without being stopped: the service no longer reads its topic. */
    public boolean isAlive() {
        return !started || !running || (thread != null && thread.isAlive());
    }

    public String topic() {
        return topic;
    }

    @Override
    public void run() {
        try (consumer) {
            consumer.subscribe(List.of(topic));
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                for (TopicPartition partition : records.partitions()) {
                    handlePartition(partition, records.records(partition));
                }
            }
        } catch (WakeupException e) {
            if (running) {
                LOG.error("Consumer of " + topic + " woken up while running; it stops", e);
            }
        } catch (RuntimeException | Error e) {
            LOG.error("Consumer of " + topic + " died; liveness reports it", e);
            throw e;
        }
    }

    private void handlePartition(TopicPartition partition, List<ConsumerRecord<String, String>> records) {
        for (ConsumerRecord<String, String> record : records) {
            try {
                handle(record);
                commit(record);
            } catch (RuntimeException e) {
                if (!giveUp(record, e)) {
                    LOG.warnf("Message at %s offset %d not processed, retrying: %s", partition, record.offset(),
                            e.getMessage());
                    consumer.seek(partition, record.offset());
                    pause();
                    return;
                }
            }
        }
    }

    private void handle(ConsumerRecord<String, String> record) {
        try {
            handler.accept(record);
        } catch (UnreadableMessageException e) {
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
            commit(record);
            failing = null;
            return true;
        } catch (RuntimeException parkFailed) {
            return false;
        }
    }

    private void commit(ConsumerRecord<String, String> record) {
        consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                new OffsetAndMetadata(record.offset() + 1)));
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
