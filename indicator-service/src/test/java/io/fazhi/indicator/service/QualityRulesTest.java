package io.fazhi.indicator.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class QualityRulesTest {

    private final QualityRules rules = new QualityRules(3.5, 10);

    private static QualityRules.Value v(String code, String key, String kind, double value, boolean reviewed) {
        return new QualityRules.Value(code, "镇" + code, 1, key, kind, BigDecimal.valueOf(value), reviewed);
    }

    private static List<QualityRules.Value> events(double... values) {
        List<QualityRules.Value> out = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            out.add(v("T" + i, "publicity.events", "count", values[i], false));
        }
        return out;
    }

    /** Median 10.5, MAD 1.5: 900 scores 0.6745 x 889.5 / 1.5 = 400.0; 8 scores -1.1. */
    @Test
    void anOutlierIsNamedWithItsScoreAndTheMedianItWasComparedWith() {
        List<QualityRules.Violation> found = rules.check(events(8, 10, 12, 9, 11, 900), List.of());
        assertThat(found).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("outlier");
            assertThat(x.value().townshipCode()).isEqualTo("T5");
            assertThat(x.reference()).contains("modified z-score 400.0").contains("median 10.5").contains("6 townships");
        });
    }

    @Test
    void fewerThanFiveValuesOrAReviewedValueAreNotFlagged() {
        assertThat(rules.check(events(8, 10, 12, 900), List.of())).isEmpty();
        List<QualityRules.Value> values = events(8, 10, 12, 9, 11);
        values.add(v("T9", "publicity.events", "count", 900, true));
        assertThat(rules.check(values, List.of())).isEmpty();
    }

    @Test
    void aRateOverAHundredAndATenfoldChangeAgainstLastYearAreFlagged() {
        List<QualityRules.Value> now = List.of(v("A", "decision.legality_review_rate", "rate", 120, false),
                v("A", "publicity.events", "count", 300, false), v("B", "publicity.events", "count", 25, false),
                v("C", "publicity.events", "count", 5, false));
        List<QualityRules.Value> before = List.of(v("A", "publicity.events", "count", 20, false),
                v("B", "publicity.events", "count", 30, false), v("C", "publicity.events", "count", 100, false));
        assertThat(rules.check(now, before)).extracting(x -> x.rule() + " " + x.value().townshipCode())
                .containsExactlyInAnyOrder("rate-over-100 A", "year-over-year A");
    }

    /**
     * Per village: 10, 22, 27, 44, 50 events in townships of 10, 20, 30, 40, 50 villages are 0.9 to 1.1 per village
     * (median 1.05, MAD 0.05); 60 events in a township of 3 villages are 20 per village (modified z 255.6): flagged
     * per village, while its raw count 60 is no outlier (median 35.5). 900 villages are out of range (and an outlier
     * of the villages counts themselves).
     */
    @Test
    void aCountLargeForTheTownshipsSizeIsFlaggedPerVillageAndImpossibleVillageCountsAreNamed() {
        List<QualityRules.Value> values = new ArrayList<>();
        double[][] rows = {{10, 10}, {22, 20}, {27, 30}, {44, 40}, {50, 50}, {60, 3}};
        for (int i = 0; i < rows.length; i++) {
            values.add(v("T" + i, "publicity.events", "count", rows[i][0], false));
            values.add(v("T" + i, "profile.villages", "count", rows[i][1], false));
        }
        values.add(v("T9", "profile.villages", "count", 900, false));
        List<QualityRules.Violation> found = rules.check(values, List.of());
        assertThat(found).extracting(QualityRules.Violation::rule)
                .containsExactlyInAnyOrder("per-village-outlier", "villages-out-of-range", "outlier");
        assertThat(found).filteredOn(x -> x.rule().equals("outlier")).singleElement()
                .satisfies(x -> assertThat(x.value().key()).isEqualTo("profile.villages"));
        assertThat(found).filteredOn(x -> x.rule().equals("per-village-outlier")).singleElement().satisfies(x -> {
            assertThat(x.value().townshipCode()).isEqualTo("T5");
            assertThat(x.reference()).contains("modified z-score 255.6").contains("median 1.05 per village")
                    .contains("6 townships");
        });
        assertThat(found).filteredOn(x -> x.rule().equals("villages-out-of-range")).singleElement()
                .satisfies(x -> assertThat(x.value().townshipCode()).isEqualTo("T9"));
    }
}
