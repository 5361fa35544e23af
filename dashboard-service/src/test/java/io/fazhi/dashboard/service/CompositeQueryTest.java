package io.fazhi.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.fazhi.dashboard.ranking.Direction;
import io.fazhi.dashboard.ranking.IndicatorSpec;
import io.fazhi.dashboard.ranking.InvalidMethodologyException;
import io.fazhi.dashboard.ranking.Normalization;

class CompositeQueryTest {

    private static final List<IndicatorSpec> SPECS = List.of(
            new IndicatorSpec("publicity.events", "publicity", Direction.UP, "count"),
            new IndicatorSpec("structure.measures", "structure", Direction.UP, "flag"),
            new IndicatorSpec("structure.completeness", "structure", Direction.UP, "rate"));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "publicity:2,disputes:1          | disputes=1.0;publicity=2.0",
            "' publicity : 2 , disputes:0.5' | disputes=0.5;publicity=2.0",
            "publicity.events:0              | publicity.events=0.0",
            "''                              | ''"})
    void readsWeightsInCanonicalOrder(String text, String expected) {
        String actual = CompositeQuery.parseWeights(text).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).reduce((a, b) -> a + ";" + b).orElse("");
        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"publicity", "publicity=2", "publicity:x", "publicity:1,publicity:2", "Publicity:1",
            "publicity:1:2"})
    void rejectsWeightsItCannotRead(String text) {
        assertThatThrownBy(() -> CompositeQuery.parseWeights(text)).isInstanceOf(InvalidMethodologyException.class);
    }

    @ParameterizedTest
    @CsvSource({"minmax, MIN_MAX", "min-max, MIN_MAX", "zscore, Z_SCORE", "z_score, Z_SCORE", "percentile, PERCENTILE",
            "GOALPOSTS, GOALPOSTS"})
    void readsMethods(String text, Normalization expected) {
        assertThat(CompositeQuery.parseMethod(text)).isEqualTo(expected);
    }

    @Test
    void keepsReportStructureOutOfTheOverallIndexUnlessWeightsNameIt() {
        assertThat(CompositeQuery.of("445322", 2023, null, null, null, null, null).methodology(SPECS).weights())
                .isEqualTo(Map.of("structure", 0.0, "structure.completeness", 0.0));
        assertThat(CompositeQuery.of("445322", 2023, null, "structure:1", null, null, null).methodology(SPECS)
                .weights()).isEqualTo(Map.of("structure", 1.0, "structure.completeness", 0.0));
        assertThat(CompositeQuery.of("445322", 2023, "structure", null, null, null, null).methodology(SPECS)
                .weights()).isEqualTo(Map.of("structure.completeness", 0.0));
        assertThat(CompositeQuery.of("445322", 2023, "publicity", null, null, null, null).methodology(SPECS)
                .weights()).isEmpty();
        assertThat(CompositeQuery.of("445322", 2023, null, null, null, null, null).methodology(SPECS.subList(0, 1))
                .weights()).isEmpty();
    }

    @Test
    void equalRequestsAreEqualKeys() {
        assertThat(CompositeQuery.of("445322", 2023, null, "b:1,a:2", "minmax", null, null))
                .isEqualTo(CompositeQuery.of("445322", 2023, "", "a:2,b:1", null, 500, true));
    }
}
