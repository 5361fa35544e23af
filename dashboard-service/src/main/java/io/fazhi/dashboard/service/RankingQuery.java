package io.fazhi.dashboard.service;

/**
 * A request for a ranking of the townships of an area in a year: by one indicator ({@link IndicatorQuery}) or the
 * composite index ({@link CompositeQuery}). Built and validated in one place (the REST layer's
 * {@code RankingRequest}); a query that exists is a valid one, and it is the key its answer is held under.
 */
public sealed interface RankingQuery permits CompositeQuery, IndicatorQuery {

    String area();

    int year();
}
