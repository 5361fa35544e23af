package io.fazhi.dashboard.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.fazhi.dashboard.config.DashboardConfig;
import io.fazhi.dashboard.readmodel.ReadModelChanged;
import io.fazhi.dashboard.repository.DataVersion;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Computed rankings held in memory, each with the data version of the shared read model it was computed from
 * ({@link DataVersion} of its area and years). A background thread compares every held answer's version with the
 * database every {@code revalidate-every} (200 ms), and at once when this replica's consumer commits a change
 * ({@link ReadModelChanged}), and recomputes what changed, so a new event shows without delay here and within a
 * second on every other replica; a request serves the held answer without touching the database unless it has not been confirmed
 * for {@code max-stale}, in which case it is re-checked first. Loads are single-flight per answer: 64 concurrent
 * requests for a missing answer compute it once, on the thread of the first; the others wait for it.
 */
@ApplicationScoped
public class RankingCache {

    private static final Logger LOG = Logger.getLogger(RankingCache.class);

    /** Which rows an answer depends on: an area over a range of years (the previous year, for changes). */
    public record Scope(String area, int fromYear, int toYear) {
    }

    /** A value computed from the data of a version (the version read before the data). */
    public record Loaded<T>(DataVersion version, T value) {
    }

    private final class Entry {
        final Scope scope;
        volatile Object value;
        volatile DataVersion version;
        volatile long validatedAt;
        volatile long lastAccess;
        volatile Supplier<? extends Loaded<?>> loader;
        CompletableFuture<Object> inFlight;

        Entry(Scope scope) {
            this.scope = scope;
        }
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final TownshipYearRepository townshipYears;
    private final DashboardConfig.Cache config;
    private final Executor workers;
    private ScheduledExecutorService refresher;
    private final AtomicBoolean revalidationWanted = new AtomicBoolean();

    RankingCache(TownshipYearRepository townshipYears, DashboardConfig config) {
        this.townshipYears = townshipYears;
        this.config = config.cache();
        this.workers = Infrastructure.getDefaultWorkerPool();
    }

    void start(@Observes StartupEvent ignored) {
        refresher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ranking-cache-revalidator");
            t.setDaemon(true);
            return t;
        });
        long every = config.revalidateEvery().toMillis();
        refresher.scheduleWithFixedDelay(this::revalidateAll, every, every, TimeUnit.MILLISECONDS);
    }

    /**
     * The read model changed in a transaction of this replica that has committed: re-check the held answers now
     * (once, however many changes arrive meanwhile). Other replicas learn of it at their next revalidation.
     */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadModelChanged change) {
        if (refresher != null && revalidationWanted.compareAndSet(false, true)) {
            refresher.execute(() -> {
                revalidationWanted.set(false);
                revalidateAll();
            });
        }
    }

    void stop(@Observes ShutdownEvent ignored) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    /** The held answer if it is confirmed current, without leaving the calling thread; else null. */
    @SuppressWarnings("unchecked")
    public <T> T current(Object key) {
        Entry e = entries.get(key);
        long now = System.nanoTime();
        if (e == null || e.value == null || now - e.validatedAt > config.maxStale().toNanos()) {
            return null;
        }
        e.lastAccess = now;
        return (T) e.value;
    }

    /**
     * The answer for a key: held and current, or re-checked, or computed by {@code loader} on the calling thread,
     * which blocks meanwhile (as do concurrent callers for the same key, who share the one computation). The loader
     * must read the data version before the data, in one transaction. What the loader throws is thrown here.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Scope scope, Supplier<Loaded<T>> loader) {
        T held = current(key);
        if (held != null) {
            return held;
        }
        Entry e = entries.computeIfAbsent(key, k -> new Entry(scope));
        e.loader = loader;
        e.lastAccess = System.nanoTime();
        trim();
        try {
            return (T) refresh(key, e, false, true).join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw failure;
        }
    }

    /**
     * Starts loading an entry unless a load is under way, and returns the load: on the calling thread when
     * {@code inline} (a request waiting for it), else on a worker (the background revalidation).
     */
    private CompletableFuture<Object> refresh(Object key, Entry e, boolean knownStale, boolean inline) {
        CompletableFuture<Object> f;
        synchronized (this) {
            if (e.inFlight != null) {
                return e.inFlight;
            }
            f = new CompletableFuture<>();
            e.inFlight = f;
        }
        Runnable task = () -> {
            Object value = null;
            Throwable failure = null;
            try {
                value = load(e, knownStale);
            } catch (RuntimeException | Error t) {
                failure = t;
            }
            synchronized (this) {
                e.inFlight = null;
            }
            if (failure != null) {
                if (e.value == null) {
                    entries.remove(key, e); // an invalid request or a failed load leaves nothing behind
                }
                f.completeExceptionally(failure);
            } else {
                f.complete(value);
            }
        };
        if (inline) {
            task.run();
        } else {
            workers.execute(task);
        }
        return f;
    }

    private Object load(Entry e, boolean knownStale) {
        if (e.value != null && !knownStale) {
            DataVersion now = version(e.scope);
            if (now.equals(e.version)) {
                e.validatedAt = System.nanoTime();
                return e.value;
            }
        }
        Loaded<?> loaded = e.loader.get();
        e.value = loaded.value();
        e.version = loaded.version();
        e.validatedAt = System.nanoTime();
        return loaded.value();
    }

    private DataVersion version(Scope s) {
        return QuarkusTransaction.requiringNew().call(() -> townshipYears.version(s.area(), s.fromYear(), s.toYear()));
    }

    /** One version query per scope; what changed is recomputed in the background while the old answer is served. */
    void revalidateAll() {
        try {
            long now = System.nanoTime();
            Map<Scope, List<Map.Entry<Object, Entry>>> byScope = new HashMap<>();
            for (Map.Entry<Object, Entry> me : entries.entrySet()) {
                Entry e = me.getValue();
                if (now - e.lastAccess > config.idle().toNanos()) {
                    entries.remove(me.getKey(), e);
                } else if (e.value != null) {
                    byScope.computeIfAbsent(e.scope, s -> new ArrayList<>()).add(me);
                }
            }
            for (var group : byScope.entrySet()) {
                DataVersion current = version(group.getKey());
                for (Map.Entry<Object, Entry> me : group.getValue()) {
                    Entry e = me.getValue();
                    if (current.equals(e.version)) {
                        e.validatedAt = System.nanoTime();
                    } else {
                        refresh(me.getKey(), e, true, false);
                    }
                }
            }
        } catch (RuntimeException ex) {
            // the database may be away for a moment: answers age past max-stale and requests re-check themselves
            LOG.warnf("Could not revalidate cached rankings: %s", ex.getMessage());
        }
    }

    private void trim() {
        int excess = entries.size() - config.maxEntries();
        if (excess <= 0) {
            return;
        }
        entries.entrySet().stream().sorted(Comparator.comparingLong(me -> me.getValue().lastAccess)).limit(excess)
                .toList().forEach(me -> entries.remove(me.getKey(), me.getValue()));
    }
}
