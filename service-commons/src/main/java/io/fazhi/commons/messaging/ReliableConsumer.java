package io.fazhi.commons.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Consumes one topic in a consumer group with one or more members, each on its own thread with its own partitions
 * ({@link GroupMember}). A record's offset is committed only after its handler returned (the handler commits its
 * database transaction, one per record or one per partition and poll: {@link RecordHandler}) or after it was parked
 * on the dead-letter topic, once per partition and poll; any other failure rewinds to the record and retries, and a
 * record that keeps failing is parked after a few attempts. A member that stops between a handler's commit and the
 * offset's commit leaves records to be delivered again, so handlers are idempotent (each service keeps the ids of the
 * events it processed, or ignores what is not newer than what it holds).
 */
public class ReliableConsumer {

    private final String topic;
    private final DeadLetterPublisher deadLetters;
    private final List<GroupMember> members = new ArrayList<>();
    private volatile boolean started;

    public ReliableConsumer(Map<String, Object> kafkaConfig, String group, String topic, String deadLetterTopic,
            Consumer<ConsumerRecord<String, String>> handler) {
        this(kafkaConfig, group, topic, deadLetterTopic, 1, handler);
    }

    /** {@code threads} members in this process; more than the topic's partitions would leave some idle. */
    public ReliableConsumer(Map<String, Object> kafkaConfig, String group, String topic, String deadLetterTopic,
            int threads, Consumer<ConsumerRecord<String, String>> handler) {
        this(kafkaConfig, group, topic, deadLetterTopic, threads, RecordHandler.of(handler));
    }

    /** With a handler that may take a poll's records of a partition at once ({@link RecordHandler#transactional}). */
    public ReliableConsumer(Map<String, Object> kafkaConfig, String group, String topic, String deadLetterTopic,
            int threads, RecordHandler handler) {
        this.deadLetters = new DeadLetterPublisher(kafkaConfig, deadLetterTopic);
        this.topic = topic;
        for (int i = 0; i < Math.max(1, threads); i++) {
            members.add(new GroupMember(kafkaConfig, group, topic, deadLetters, handler,
                    "consumer-" + topic + (threads > 1 ? "-" + i : "")));
        }
    }

    public synchronized void start() {
        started = true;
        members.forEach(GroupMember::start);
    }

    public synchronized void stop() throws InterruptedException {
        members.forEach(GroupMember::stop);
        for (GroupMember m : members) {
            m.join();
        }
        deadLetters.close();
    }

    /** False once a consuming thread has died without being stopped: the service no longer reads all its partitions. */
    public boolean isAlive() {
        return !started || members.stream().allMatch(GroupMember::isAlive);
    }

    public String topic() {
        return topic;
    }
}
