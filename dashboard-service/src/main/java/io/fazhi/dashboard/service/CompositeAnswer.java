package io.fazhi.dashboard.service;

import io.fazhi.dashboard.ranking.CompositeResult;

/** A composite ranking, with the engine's result and the data it came from (explanations and profiles reuse them). */
public final class CompositeAnswer extends RankingAnswer {

    private final CompositeRankingView view;
    private final CompositeResult result;
    private final AreaData data;

    CompositeAnswer(CompositeRankingView view, byte[] json, String csvFileName, CompositeResult result,
            AreaData data) {
        super(json, () -> RankingCsv.composite(view), csvFileName, result.methodologyVersion(), result.dataHash());
        this.view = view;
        this.result = result;
        this.data = data;
    }

    @Override
    public CompositeRankingView view() {
        return view;
    }

    public CompositeResult result() {
        return result;
    }

    public AreaData data() {
        return data;
    }
}
