package io.fazhi.indicator.normalization;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.extraction.IndicatorValue;

class PerVillageTest {

    private static final Extractor EXTRACTOR = Extractor.withDefaultCatalog();

    private static IndicatorValue value(String key, String number) {
        return new IndicatorValue(key, new BigDecimal(number), false, null, List.of(), 1.0, null, List.of(), false);
    }

    @ParameterizedTest(name = "{1} {0} in {2} villages -> {3} per village")
    @CsvSource({
            "publicity.events,           24,   12, 2",
            "publicity.events,           10,    3, 3.3333",
            "disputes.admin_litigation_cases, 0, 13, 0",
            "publicity.materials,      7500,   10, 750"})
    void dividesCountIndicatorsByTheTownshipsVillages(String key, String value, String villages, String expected) {
        var perVillage = PerVillage.of(List.of(value(PerVillage.VILLAGES, villages), value(key, value)),
                EXTRACTOR.catalog());
        assertThat(perVillage.get(key)).isEqualByComparingTo(expected);
    }

    @Test
    void givesNothingWithoutAVillageCountAndSkipsRatesAmountsAndTheProfile() {
        assertThat(PerVillage.of(List.of(value("publicity.events", "24")), EXTRACTOR.catalog())).isEmpty();
        List<IndicatorValue> values = new ArrayList<>(List.of(value(PerVillage.VILLAGES, "10"),
                value("decision.legality_review_rate", "100"), value("enforcement.fines_yuan", "21600")));
        assertThat(PerVillage.of(values, EXTRACTOR.catalog())).isEmpty();
    }

    @Test
    void readsTheVillageCountFromTheReportItself() {
        var result = EXTRACTOR.extract("全镇辖13个村（社区）。全年开展普法宣传活动26次。");
        assertThat(PerVillage.of(result.indicators(), EXTRACTOR.catalog()).get("publicity.events"))
                .isEqualByComparingTo("2");
    }
}
