package io.fazhi.dashboard.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DataHashTest {

    private static final String DATA = "A p.up1=10 p.up2=0.1 q.down=3~; B p.up1=0 q.up=98.5";

    @Test
    void isTheSameForTheSameDataInAnyOrder() {
        List<Observation> data = Fixtures.observations(DATA);
        List<Observation> reversed = new ArrayList<>(data);
        Collections.reverse(reversed);
        List<IndicatorSpec> specs = new ArrayList<>(Fixtures.SPECS);
        Collections.reverse(specs);
        String hash = DataHash.of(data, Fixtures.SPECS, Methodology.availableDataOnly());
        assertEquals(hash, DataHash.of(reversed, specs, Methodology.availableDataOnly()));
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            value changed          | A p.up1=11 p.up2=0.1 q.down=3~; B p.up1=0 q.up=98.5
            approx flag changed    | A p.up1=10 p.up2=0.1 q.down=3; B p.up1=0 q.up=98.5
            explicit zero added    | A p.up1=10 p.up2=0.1 q.down=3~; B p.up1=0 q.up=98.5 p.up2=0
            township renamed       | A p.up1=10 p.up2=0.1 q.down=3~; Z p.up1=0 q.up=98.5
            """)
    void changesWhenAnythingARankingDependsOnChanges(String what, String changed) {
        assertNotEquals(DataHash.of(Fixtures.observations(DATA), Fixtures.SPECS, Methodology.availableDataOnly()),
                DataHash.of(Fixtures.observations(changed), Fixtures.SPECS, Methodology.availableDataOnly()));
    }

    @Test
    void changesWithTheMethodology() {
        List<Observation> data = Fixtures.observations(DATA);
        String base = DataHash.of(data, Fixtures.SPECS, Methodology.availableDataOnly());
        assertNotEquals(base, DataHash.of(data, Fixtures.SPECS, Methodology.availableDataOnly().withWinsorize(false)));
        assertNotEquals(base, DataHash.of(data, Fixtures.SPECS, Methodology.availableDataOnly().withWeights(Map.of("q", 2.0))));
        assertNotEquals(base, DataHash.of(data, Fixtures.SPECS,
                Methodology.availableDataOnly().withNormalization(Normalization.PERCENTILE)));
        assertEquals(base, DataHash.of(data, Fixtures.SPECS, Methodology.availableDataOnly().withWeights(Map.of())));
    }

    @ParameterizedTest
    @CsvSource({"12000, 12000", "0, 0", "-0.0, 0", "98.5, 98.5", "0.1, 0.1000000000000000055511151231257827021181583404541015625"})
    void writesValuesInACanonicalExactForm(double value, String expected) {
        assertEquals(expected, Values.plain(value + 0.0));
    }
}
