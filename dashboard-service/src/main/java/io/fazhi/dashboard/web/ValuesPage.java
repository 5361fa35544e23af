package io.fazhi.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fazhi.dashboard.profiles.ExplanationView;

/**
 * A township's values of one year with the words of its report each was read from (quote and offsets in the
 * submitted text), whether a county reviewer set it, and its part in the composite score. Every value has the anchor
 * {@code v-<key>}, so that a click on a ranking value lands on its words.
 */
public record ValuesPage(ExplanationView explanation, List<Value> values) {

    /** One value with its evidence. */
    public record Value(String key, String name, String dimensionName, String value, boolean approx, String source,
            String reviewedBy, String contribution, List<ExplanationView.Quote> evidence) {
    }

    static ValuesPage of(ExplanationView x, Map<String, String> names) {
        List<Value> values = new ArrayList<>();
        for (ExplanationView.DimensionPart d : x.dimensions()) {
            for (ExplanationView.IndicatorPart i : d.indicators()) {
                if (i.value() != null) {
                    values.add(new Value(i.key(), names.getOrDefault(i.key(), i.key()), Labels.dimension(d.dimension()), OverviewPage.number(i.value())
                            + (i.unit() == null ? "" : " " + i.unit()), i.approx(), i.source(), i.reviewedBy(),
                            OverviewPage.number(i.contribution()), i.evidence()));
                }
            }
        }
        for (ExplanationView.OtherValue o : x.notInIndex()) {
            values.add(new Value(o.key(), names.getOrDefault(o.key(), o.key()), Labels.dimension(o.dimension()), OverviewPage.number(o.value())
                    + (o.unit() == null ? "" : " " + o.unit()), o.approx(), o.source(), o.reviewedBy(),
                    "不计入：" + o.reason(), o.evidence()));
        }
        return new ValuesPage(x, values);
    }
}
