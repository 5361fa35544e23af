package io.fazhi.dashboard.service;

import io.fazhi.dashboard.service.RankingCache.Scope;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Comparative rankings of the townships of an area, computed from the read model and held by {@link RankingCache}
 * until the data they come from changes. An answer covers the year asked and the previous one (for changes). Every
 * method but {@link #held} blocks while an answer is computed: call them on a worker thread.
 */
@ApplicationScoped
public class RankingService {

    private final RankingCache cache;
    private final RankingComputer computer;

    RankingService(RankingCache cache, RankingComputer computer) {
        this.cache = cache;
        this.computer = computer;
    }

    /** The held answer when it is current, without leaving the calling thread (an event-loop thread may call it). */
    public RankingAnswer held(RankingQuery query) {
        return cache.current(query);
    }

    public RankingAnswer rank(RankingQuery query) {
        if (query instanceof CompositeQuery q) {
            return composite(q);
        }
        return indicator((IndicatorQuery) query);
    }

    public CompositeAnswer composite(CompositeQuery q) {
        return cache.get(q, scope(q), () -> computer.composite(q));
    }

    public IndicatorAnswer indicator(IndicatorQuery q) {
        return cache.get(q, scope(q), () -> computer.indicator(q));
    }

    private static Scope scope(RankingQuery q) {
        return new Scope(q.area(), q.year() - 1, q.year());
    }
}
