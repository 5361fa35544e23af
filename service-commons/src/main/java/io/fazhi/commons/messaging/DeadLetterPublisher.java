package io.fazhi.commons.messaging;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Parks a message that cannot be read on a dead-letter topic, with the reason and its origin in headers. */
public class DeadLetterPublisher implements AutoCloseable {

    public static final String REASON_HEADER = "x-dlq-reason";

    private final KafkaProducer<String, String> producer;
    private final String topic;

    public DeadLetterPublisher(Map<String, Object> kafkaConfig, String topic) {
        Map<String, Object> props = new HashMap<>(kafkaConfig);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
        this.topic = topic;
    }

    /** Returns once the broker holds the message, so that its offset may be committed. */
    public void park(ConsumerRecord<String, String> record, String reason) {
        ProducerRecord<String, String> parked = new ProducerRecord<>(topic, record.key(), record.value());
        parked.headers().add(REASON_HEADER, utf8(reason.length() > 500 ? reason.substring(0, 500) : reason));
        parked.headers().add("x-original-topic", utf8(record.topic()));
        parked.headers().add("x-original-partition", utf8(String.valueOf(record.partition())));
        parked.headers().add("x-original-offset", utf8(String.valueOf(record.offset())));
        try {
            producer.send(parked).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parking a message", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("dead-letter topic not reachable", e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
