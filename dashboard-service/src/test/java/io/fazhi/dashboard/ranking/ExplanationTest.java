package io.fazhi.dashboard.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplanationTest {

    private static final String MISSING = """
            A p.up1=10 p.up2=0 q.down=0; B p.up1=0 p.up2=10 q.down=10 q.up=10;
            C p.up1=5 p.up2=5 q.down=5 q.up=0; E p.up1=100""";

    @ParameterizedTest(name = "{0} with weights [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
            A |
            B |
            C |
            A | q=3 p.up1=2
            C | q=0.5 q.down=4
            """)
    void contributionsAddUpToTheScore(String township, String weights) {
        CompositeResult result = CompositeIndex.compute(Fixtures.observations(MISSING), Fixtures.SPECS,
                Methodology.availableDataOnly().withWeights(Fixtures.weights(weights)), Optional.empty());
        Explanation e = Explanation.of(result, township).orElseThrow();
        double byDimension = e.dimensions().stream().mapToDouble(Explanation.DimensionContribution::contribution).sum();
        double byIndicator = e.dimensions().stream().flatMap(d -> d.indicators().stream())
                .mapToDouble(Explanation.IndicatorContribution::contribution).sum();
        assertEquals(e.score(), byDimension, 0.005);
        assertEquals(byDimension, byIndicator, 1e-9);
        double shares = e.dimensions().stream().flatMap(d -> d.indicators().stream())
                .mapToDouble(Explanation.IndicatorContribution::weight).sum();
        assertEquals(1.0, shares, 1e-9);
    }

    @Test
    void explainsDimensionsAndIndicatorsWithReweightedShares() {
        CompositeResult result = CompositeIndex.compute(Fixtures.observations(MISSING), Fixtures.SPECS,
                Methodology.availableDataOnly(), Optional.empty());
        Explanation a = Explanation.of(result, "A").orElseThrow();
        assertEquals(75.0, a.score());
        Explanation.DimensionContribution q = a.dimensions().get(1);
        assertEquals("q", q.dimension());
        assertEquals(100.0, q.score());
        assertEquals(0.5, q.weight());
        assertEquals(50.0, q.contribution());
        Map<String, Explanation.IndicatorContribution> byKey = new java.util.HashMap<>();
        a.dimensions().forEach(d -> d.indicators().forEach(i -> byKey.put(i.key(), i)));
        assertEquals(0.5, byKey.get("q.down").weight());
        assertEquals(0.0, byKey.get("q.up").weight());
        assertNull(byKey.get("q.up").value());
        assertEquals(0.0, byKey.get("p.up2").value());
        assertEquals(0.25, byKey.get("p.up2").weight());
        assertEquals(25.0, byKey.get("p.up1").contribution());
    }

    @Test
    void explainsATownshipWithInsufficientDataWithoutAScore() {
        CompositeResult result = CompositeIndex.compute(Fixtures.observations(MISSING), Fixtures.SPECS,
                Methodology.availableDataOnly(), Optional.empty());
        Explanation e = Explanation.of(result, "E").orElseThrow();
        assertTrue(e.insufficientData());
        assertNull(e.score());
        assertEquals(100.0, e.dimensions().get(0).indicators().get(0).value());
        assertTrue(Explanation.of(result, "nosuch").isEmpty());
    }
}
