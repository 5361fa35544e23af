package io.fazhi.dashboard.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected ranks and scores computed by hand: min-max per indicator, mean per dimension, mean of dimensions. */
class CompositeIndexTest {

    private static final String TIES_AND_DIRECTIONS = """
            A p.up1=10 p.up2=10 q.down=0 q.up=5; B p.up1=0 p.up2=0 q.down=10 q.up=0;
            C p.up1=10 p.up2=10 q.down=0 q.up=5; D p.up1=5 p.up2=5 q.down=5 q.up=5""";
    /** A misses q.up (re-weighted), reports p.up2 as an explicit 0; E reports one indicator of four. */
    private static final String MISSING = """
            A p.up1=10 p.up2=0 q.down=0; B p.up1=0 p.up2=10 q.down=10 q.up=10;
            C p.up1=5 p.up2=5 q.down=5 q.up=0; E p.up1=100""";
    /** Equal weights: all three score exactly 50. */
    private static final String BALANCED = """
            F p.up1=10 p.up2=10 q.down=10 q.up=0; G p.up1=0 p.up2=0 q.down=0 q.up=10;
            H p.up1=10 p.up2=0 q.down=5 q.up=5""";

    @ParameterizedTest(name = "{0} weights [{2}] -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                    | data                 | weights       | expected ranks               | expected scores
            ties and directions       | TIES_AND_DIRECTIONS  |               | A=1 C=1 D=3 B=4              | 100 100 62.5 0
            missing and insufficient  | MISSING              |               | A=1 B=2 C=3 E=-              | 75 50 37.5
            equal weights tie         | BALANCED             |               | F=1 G=1 H=1                  | 50 50 50
            dimension weight          | BALANCED             | q=3           | G=1 H=2 F=3                  | 75 50 25
            indicator weight          | BALANCED             | p.up1=3       | H=1 F=2 G=2                  | 62.5 50 50
            zero weights exclude      | BALANCED             | q.down=0 q.up=0 | F=1 H=2 G=3                | 100 50 0
            zero dimension weight     | BALANCED             | q=0           | F=1 H=2 G=3                  | 100 50 0
            """)
    void ranksAsComputedByHand(String name, String data, String weights, String expectedRanks, String expectedScores) {
        String text = switch (data) {
            case "TIES_AND_DIRECTIONS" -> TIES_AND_DIRECTIONS;
            case "MISSING" -> MISSING;
            default -> BALANCED;
        };
        Methodology m = Methodology.availableDataOnly().withWeights(Fixtures.weights(weights));
        CompositeResult result = CompositeIndex.compute(Fixtures.observations(text), Fixtures.SPECS, m,
                Optional.empty());
        assertEquals(expectedRanks, Fixtures.ranks(result));
        double[] scores = result.entries().stream().filter(e -> !e.insufficientData())
                .mapToDouble(CompositeEntry::score).toArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(Fixtures.doubles(expectedScores), scores, 1e-9);
    }

    @Test
    void listsATownshipBelowTwoThirdsAsInsufficientWithItsCoverage() {
        CompositeResult result = compute(MISSING, Methodology.availableDataOnly());
        CompositeEntry e = result.entry("E").orElseThrow();
        assertTrue(e.insufficientData());
        assertNull(e.rank());
        assertNull(e.score());
        assertEquals(0.25, e.coverage());
        assertEquals(1, e.indicatorsReported());
        assertEquals(4, e.indicatorsInIndex());
        assertEquals(0.75, result.entry("A").orElseThrow().coverage());
        assertTrue(has(result, Treatment.Kind.INSUFFICIENT_DATA, null));
    }

    @Test
    void ranksATownshipReportingExactlyTwoThirds() {
        List<IndicatorSpec> specs = List.of(new IndicatorSpec("a", "d", Direction.UP, "count"),
                new IndicatorSpec("b", "d", Direction.UP, "count"), new IndicatorSpec("c", "d", Direction.UP, "count"));
        CompositeResult result = CompositeIndex.compute(Fixtures.observations("A a=1 b=1; B a=2 b=2 c=2; C a=3"),
                specs, Methodology.availableDataOnly(), Optional.empty());
        assertEquals("B=1 A=2 C=-", Fixtures.ranks(result));
    }

    @Test
    void reweightsOverPresentIndicatorsAndSaysSo() {
        CompositeResult result = compute(MISSING, Methodology.availableDataOnly());
        assertEquals(Map.of("p", 50.0, "q", 100.0), result.entry("A").orElseThrow().dimensionScores());
        assertTrue(has(result, Treatment.Kind.REWEIGHTED, "q.up"));
    }

    @Test
    void neverRanksOnDirectionNoneIndicatorsAndListsThemAsExcluded() {
        String withNone = TIES_AND_DIRECTIONS.replace("B p.up1=0", "B q.none=999 p.up1=0");
        CompositeResult result = compute(withNone, Methodology.availableDataOnly());
        assertEquals("A=1 C=1 D=3 B=4", Fixtures.ranks(result));
        assertTrue(has(result, Treatment.Kind.EXCLUDED_NOT_RANKED, "q.none"));
        assertFalse(result.indicators().stream().anyMatch(i -> i.key().equals("q.none")));
    }

    @Test
    void treatsApproximateValuesAsMissingWhenTheMethodologyExcludesThem() {
        String data = "A p.up1=10 p.up2=10 q.down=0 q.up=90~; B p.up1=0 p.up2=0 q.down=10 q.up=100; "
                + "C p.up1=5 p.up2=5 q.down=5 q.up=95";
        CompositeResult included = compute(data, Methodology.availableDataOnly());
        assertTrue(included.entry("A").orElseThrow().approx());
        CompositeResult excluded = compute(data, Methodology.availableDataOnly().withIncludeApprox(false));
        CompositeEntry a = excluded.entry("A").orElseThrow();
        assertFalse(a.approx());
        assertNull(a.indicators().get("q.up").score());
        assertEquals(0.75, a.coverage());
        assertTrue(has(excluded, Treatment.Kind.APPROX_EXCLUDED, "q.up"));
    }

    @Test
    void scoresAConstantIndicatorFiftyForEveryoneAndSaysSo() {
        CompositeResult result = compute("A p.up1=3 p.up2=1; B p.up1=3 p.up2=0", Methodology.availableDataOnly(), "p");
        assertEquals(50.0, result.entry("A").orElseThrow().indicators().get("p.up1").score());
        assertEquals(List.of(75.0, 25.0), result.entries().stream().map(CompositeEntry::score).toList());
        assertTrue(has(result, Treatment.Kind.ZERO_VARIANCE, "p.up1"));
    }

    @Test
    void scoresOneDimensionAloneWhenAsked() {
        CompositeResult result = compute(TIES_AND_DIRECTIONS, Methodology.availableDataOnly(), "q");
        assertEquals("q", result.dimension());
        assertEquals("A=1 C=1 D=3 B=4", Fixtures.ranks(result));
        assertEquals(75.0, result.entry("D").orElseThrow().score());
    }

    @Test
    void usesGoalpostsWhereConfiguredAndMinMaxElsewhere() {
        List<IndicatorSpec> specs = List.of(
                new IndicatorSpec("a", "d", Direction.UP, "rate", new Goalposts(0, 100)),
                new IndicatorSpec("b", "d", Direction.UP, "count"));
        CompositeResult result = CompositeIndex.compute(Fixtures.observations("A a=80 b=0; B a=40 b=10"), specs,
                Methodology.availableDataOnly().withNormalization(Normalization.GOALPOSTS), Optional.empty());
        assertEquals(List.of(70.0, 40.0), result.entries().stream().map(CompositeEntry::score).toList());
        assertTrue(has(result, Treatment.Kind.GOALPOSTS_FALLBACK, "b"));
    }

    @Test
    void winsorizesASkewedIndicatorAndListsTheClippedPoint() {
        StringBuilder data = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            int v = i <= 10 ? i : i == 11 ? 30 : 100;
            data.append(i == 1 ? "" : "; ").append("T").append(i < 10 ? "0" : "").append(i).append(" p.up1=").append(v)
                    .append(" p.up2=1");
        }
        CompositeResult result = compute(data.toString(), Methodology.availableDataOnly(), "p");
        Treatment t = result.treatments().stream().filter(x -> x.kind() == Treatment.Kind.WINSORIZED).findFirst()
                .orElseThrow();
        assertEquals("p.up1", t.indicatorKey());
        assertTrue(t.detail().startsWith("1 point clipped: T12 100 -> 30"), t.detail());
        assertEquals(List.of(1, 1), result.entries().stream().limit(2).map(CompositeEntry::rank).toList());
        CompositeResult untreated = compute(data.toString(), Methodology.availableDataOnly().withWinsorize(false), "p");
        assertEquals("T12=1 T11=2", Fixtures.ranks(untreated).substring(0, 11));
    }

    @Test
    void rejectsAWeightForSomethingThatDoesNotExist() {
        Methodology m = Methodology.availableDataOnly().withWeights(Map.of("nosuch", 2.0));
        assertThrows(InvalidMethodologyException.class, () -> compute(BALANCED, m));
        assertThrows(InvalidMethodologyException.class,
                () -> Methodology.availableDataOnly().withWeights(Map.of("p", -1.0)));
        assertThrows(InvalidMethodologyException.class, () -> compute(BALANCED, Methodology.availableDataOnly(), "nosuch"));
    }

    @Test
    void ignoresWeightsOutsideTheDimensionAndSaysSo() {
        CompositeResult result = compute(BALANCED, Methodology.availableDataOnly().withWeights(Map.of("q.up", 5.0)), "p");
        assertTrue(has(result, Treatment.Kind.WEIGHT_IGNORED, "q.up"));
    }

    @Test
    void namesItsMethodologyVersionAndDataHash() {
        CompositeResult result = compute(BALANCED, Methodology.availableDataOnly());
        assertEquals(Methodology.METHODOLOGY_VERSION, result.methodologyVersion());
        assertEquals(DataHash.of(Fixtures.observations(BALANCED), Fixtures.SPECS, Methodology.availableDataOnly()),
                result.dataHash());
        assertNull(result.uncertainty());
    }

    static CompositeResult compute(String data, Methodology m) {
        return CompositeIndex.compute(Fixtures.observations(data), Fixtures.SPECS, m, Optional.empty());
    }

    static CompositeResult compute(String data, Methodology m, String dimension) {
        return CompositeIndex.compute(Fixtures.observations(data), Fixtures.SPECS, m, Optional.of(dimension));
    }

    static boolean has(CompositeResult result, Treatment.Kind kind, String key) {
        return result.treatments().stream()
                .anyMatch(t -> t.kind() == kind && java.util.Objects.equals(t.indicatorKey(), key));
    }
}
