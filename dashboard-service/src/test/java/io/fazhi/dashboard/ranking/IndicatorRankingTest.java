package io.fazhi.dashboard.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorRankingTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # direction | observations                        | expected order with ranks
            UP          | A x=3; B x=5; C x=5; D x=1           | B=1 C=1 A=3 D=4
            DOWN        | A x=3; B x=0; C x=0; D x=7           | B=1 C=1 A=3 D=4
            UP          | A x=0; B x=2                         | B=1 A=2
            DOWN        | A x=2; B x=0                         | B=1 A=2
            NONE        | A x=3; B x=5; C x=1                  | B=- A=- C=-
            UP          | A x=1; B x=1; C x=1                  | A=1 B=1 C=1
            UP          | A x=12.5; B x=12.50; C x=12.4999     | A=1 B=1 C=3
            """)
    void ranksByDirectionWithCompetitionTies(Direction direction, String observations, String expected) {
        IndicatorSpec spec = new IndicatorSpec("x", "d", direction, "count");
        List<RankedValue> ranked = IndicatorRanking.rank(Fixtures.observations(observations), spec);
        String actual = ranked.stream().map(v -> v.townshipCode() + "=" + (v.rank() == null ? "-" : v.rank()))
                .collect(Collectors.joining(" "));
        assertEquals(expected, actual);
    }

    @Test
    void ranksAnExplicitZeroAndLeavesOutWhatWasNotReported() {
        IndicatorSpec spec = new IndicatorSpec("x", "d", Direction.DOWN, "count");
        List<RankedValue> ranked = IndicatorRanking.rank(Fixtures.observations("A x=0; B x=4; C y=1"), spec);
        assertEquals(List.of("A", "B"), ranked.stream().map(RankedValue::townshipCode).toList());
        assertEquals(0.0, ranked.get(0).value());
    }

    @Test
    void flagsApproximateValuesWithoutChangingTheirRank() {
        IndicatorSpec spec = new IndicatorSpec("x", "d", Direction.UP, "count");
        List<RankedValue> ranked = IndicatorRanking.rank(Fixtures.observations("A x=20~; B x=20; C x=30~"), spec);
        assertEquals(List.of(1, 2, 2), ranked.stream().map(RankedValue::rank).toList());
        assertTrue(ranked.get(0).approx());
        assertEquals(List.of(true, true, false), ranked.stream().map(RankedValue::approx).toList());
    }

    @Test
    void rejectsTwoValuesForOneTownship() {
        IndicatorSpec spec = new IndicatorSpec("x", "d", Direction.UP, "count");
        assertThrows(IllegalArgumentException.class,
                () -> IndicatorRanking.rank(Fixtures.observations("A x=1; A x=2"), spec));
    }

    @ParameterizedTest
    @CsvSource({"up, UP", "Down, DOWN", "none, NONE"})
    void readsTheCatalogSpellingOfDirections(String catalog, Direction expected) {
        assertEquals(expected, Direction.of(catalog));
    }
}
