package io.fazhi.commons.messaging;

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

/**
 * One member of a {@link ReliableConsumer}'s consumer group: its own Kafka consumer on its own thread, handling the
 * partitions the group gives it in order. The records a poll brought for a partition are handled at once where the
 * handler can ({@link RecordHandler#handlesBatches()}), else, or when that fails, one by one; then the offset past the
 * last one is committed once. A record that fails alone is retried from its own offset (what was handled before it is
 * committed first), and parked on the dead-letter topic after a few attempts.
 */
final class GroupMember implements Runnable {

    private static final Logger LOG = Logger.getLogger(GroupMember.class);
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(2);
    private static final int MAX_ATTEMPTS = 5;

    private final String topic;
    private final RecordHandler handler;
    private final DeadLetterPublisher deadLetters;
    private final KafkaConsumer<String, String> consumer;
    private final String threadName;
    private volatile boolean running;
    private Thread thread;
    private ConsumerRecord<String, String> failing;
    private int failures;

    GroupMember(Map<String, Object> kafkaConfig, String group, String topic, DeadLetterPublisher deadLetters,
            RecordHandler handler, String threadName) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 50);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.deadLetters = deadLetters;
        this.topic = topic;
        this.handler = handler;
        this.threadName = threadName;
    }

    synchronized void start() {
        running = true;
        thread = new Thread(this, threadName);
        thread.start();
    }

    /** Asks the member to stop; {@link #join()} waits for it. */
    synchronized void stop() {
        running = false;
        consumer.wakeup();
    }

    void join() throws InterruptedException {
        if (thread != null) {
            thread.join(10_000);
        }
    }

    boolean isAlive() {
        return !running || (thread != null && thread.isAlive());
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
        if (records.size() > 1 && handler.handlesBatches() && failing == null) {
            try {
                handler.handleAll(records);
                commit(records.get(records.size() - 1));
                return;
            } catch (RuntimeException e) {
                LOG.debugf("The %d records of %s from offset %d failed together (%s); one by one now", records.size(),
                        partition, records.get(0).offset(), e.getMessage());
            }
        }
        ConsumerRecord<String, String> done = null;
        for (ConsumerRecord<String, String> record : records) {
            try {
                handle(record);
                done = record;
                failing = null; // a record retried went through: the next poll's records may go together again
            } catch (RuntimeException e) {
                if (done != null) {
                    commit(done);
                    done = null;
                }
                if (!giveUp(record, e)) {
                    LOG.warnf("Message at %s offset %d not processed, retrying: %s", partition, record.offset(),
                            e.getMessage());
                    consumer.seek(partition, record.offset());
                    pause();
                    return;
                }
            }
        }
        if (done != null) {
            commit(done);
        }
    }

    private void handle(ConsumerRecord<String, String> record) {
        try {
            handler.handle(record);
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
