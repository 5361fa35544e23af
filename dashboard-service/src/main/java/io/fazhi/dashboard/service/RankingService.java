package io.fazhi.dashboard.service;

import java.util.concurrent.CompletionStage;

import io.fazhi.dashboard.service.RankingCache.Scope;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Comparative rankings of the townships of an area, computed from the read model and held by {@link RankingCache}
 * until the data they come from changes. An answer covers the year asked and the previous one (for changes).
 */
@ApplicationScoped
public class RankingService {

    private final RankingCache cache;
    private final RankingComputer computer;

    RankingService(RankingCache cache, RankingComputer computer) {
        this.cache = cache;
        this.computer = computer;
    }

    /** The held answer when it is current, on the calling thread (an event-loop thread may call it); else null. */
    public RankingAnswer held(Object query) {
        return cache.current(query);
    }

    public CompletionStage<RankingAnswer> composite(CompositeQuery q) {
        return cache.get(q, scope(q.area(), q.year()), () -> computer.composite(q));
    }

    public CompletionStage<RankingAnswer> indicator(IndicatorQuery q) {
        return cache.get(q, scope(q.area(), q.year()), () -> computer.indicator(q));
    }

    private static Scope scope(String area, int year) {
        return new Scope(area, year - 1, year);
    }
}
