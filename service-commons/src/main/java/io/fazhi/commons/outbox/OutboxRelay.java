package io.fazhi.commons.outbox;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.jboss.logging.Logger;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Drains the outbox to Kafka as soon as a transaction that wrote to it commits, and on a short interval besides (rows
 * another replica wrote, rows left by a broker outage, which only delays publication). One drain runs at a time in a
 * process; wake-ups that arrive during a drain cause one more.
 */
@ApplicationScoped
@IfBuildProperty(name = "fazhi.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final KafkaEventPublisher publisher;
    private final int batchSize;
    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean woken = new AtomicBoolean();
    private final ExecutorService waker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay-waker");
        t.setDaemon(true);
        return t;
    });

    OutboxRelay(Outbox outbox, KafkaEventPublisher publisher, OutboxConfig config) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.batchSize = config.batchSize();
    }

    /** A transaction that enqueued an event committed: drain now, on the waker thread, not the committing one. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        if (woken.compareAndSet(false, true)) {
            waker.execute(() -> {
                woken.set(false);
                draining.lock();
                try {
                    drain();
                } finally {
                    draining.unlock();
                }
            });
        }
    }

    @Scheduled(every = "${fazhi.outbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        if (!draining.tryLock()) {
            return; // a woken drain is under way
        }
        try {
            drain();
        } finally {
            draining.unlock();
        }
    }

    void stop(@Observes ShutdownEvent ignored) {
        waker.shutdownNow();
    }

    private void drain() {
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
