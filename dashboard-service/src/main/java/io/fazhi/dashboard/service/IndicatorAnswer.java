package io.fazhi.dashboard.service;

/** A ranking by one indicator. */
public final class IndicatorAnswer extends RankingAnswer {

    private final IndicatorRankingView view;

    IndicatorAnswer(IndicatorRankingView view, byte[] json, String csvFileName) {
        super(json, () -> RankingCsv.indicator(view), csvFileName, view.methodologyVersion(), view.dataHash());
        this.view = view;
    }

    @Override
    public IndicatorRankingView view() {
        return view;
    }
}
