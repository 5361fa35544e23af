package io.fazhi.dashboard.service;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The heap this replica lets composites with uncertainty take at once: half of its maximum heap. A computation
 * reserves what it will hold before it starts ({@link io.fazhi.dashboard.ranking.UncertaintyAnalysis#bytesNeeded}),
 * and is refused with {@link CompositeTooLargeException} (503) when that does not fit, instead of running the
 * replica out of memory (the image exits on an out-of-memory error): with a pod's heap (75% of its 768 MiB) a
 * province (about 20 MB) fits, the whole country (about 410 MB) does not.
 */
@ApplicationScoped
public class ComputeBudget {

    private final long budget;
    private final AtomicLong reserved = new AtomicLong();

    ComputeBudget() {
        this(Runtime.getRuntime().maxMemory() / 2);
    }

    ComputeBudget(long budget) {
        this.budget = budget;
    }

    /** Holds {@code bytes} of the budget until the reservation is closed; refuses when they do not fit now. */
    public Reservation reserve(long bytes, String what) {
        if (bytes > budget) {
            throw new CompositeTooLargeException(what, bytes, budget, false);
        }
        long now = reserved.addAndGet(bytes);
        if (now > budget) {
            reserved.addAndGet(-bytes);
            throw new CompositeTooLargeException(what, bytes, budget - (now - bytes), true);
        }
        return new Reservation(bytes);
    }

    /** Bytes reserved now, by computations under way. */
    long reserved() {
        return reserved.get();
    }

    /** A part of the budget held by one computation, given back on close. */
    public final class Reservation implements AutoCloseable {

        private final long bytes;

        private Reservation(long bytes) {
            this.bytes = bytes;
        }

        @Override
        public void close() {
            reserved.addAndGet(-bytes);
        }
    }
}
