package io.fazhi.commons.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What a {@link ReliableConsumer} does with its records: one at a time, or, where the handler can, the records one
 * poll brought for a partition all at once, all or none. A batch that fails is handled again one record at a time,
 * so that one bad record is retried or parked alone and the others go through.
 */
public interface RecordHandler {

    void handle(ConsumerRecord<String, String> record);

    /** Whether {@link #handleAll} takes a poll's records at once; if not, they are handled one at a time. */
    default boolean handlesBatches() {
        return false;
    }

    /** Handles every record or none (then throws). */
    default void handleAll(List<ConsumerRecord<String, String>> records) {
        throw new UnsupportedOperationException("handles one record at a time");
    }

    /** A handler of one record at a time. */
    static RecordHandler of(Consumer<ConsumerRecord<String, String>> handler) {
        return handler::accept;
    }

    /**
     * A handler whose {@code apply} joins the caller's database transaction: a record alone in a transaction of its
     * own, a batch in one transaction (one commit for up to a poll's records instead of one each), the persistence
     * context flushed and cleared after each record so that a batch costs what its records cost one by one.
     */
    static RecordHandler transactional(Consumer<ConsumerRecord<String, String>> apply) {
        return new RecordHandler() {
            @Override
            public void handle(ConsumerRecord<String, String> record) {
                QuarkusTransaction.requiringNew().run(() -> apply.accept(record));
            }

            @Override
            public boolean handlesBatches() {
                return true;
            }

            @Override
            public void handleAll(List<ConsumerRecord<String, String>> records) {
                QuarkusTransaction.requiringNew().run(() -> {
                    for (ConsumerRecord<String, String> record : records) {
                        apply.accept(record);
                        Panache.getEntityManager().flush();
                        Panache.getEntityManager().clear();
                    }
                });
            }
        };
    }
}
