package io.fazhi.dashboard.ranking;

import static io.fazhi.dashboard.ranking.Fixtures.SPECS;
import static io.fazhi.dashboard.ranking.Fixtures.observations;
import static io.fazhi.dashboard.ranking.Fixtures.ranks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The missing-data rules, indicator selection, the disclosure dimension and peer groups, against hand computation. */
class MissingDataTest {

    private static final Methodology NO_CREDIT = Methodology.availableDataOnly().withMissing(MissingData.NO_CREDIT);
    private static final Methodology IMPUTE = Methodology.availableDataOnly().withMissing(MissingData.IMPUTE);

    private static List<Treatment.Kind> kinds(CompositeResult r) {
        return r.treatments().stream().map(Treatment::kind).toList();
    }

    /**
     * p.up1: A 10 = 0, B 20 = 100 (min-max over stated values); p.up2: A 100 = 100, C 50 = 50, E 0 = 0 (a stated
     * zero). Unstated up indicators score 0: A = B = 50, C = 25, D = E = 0.
     */
    @Test
    void evidenceBasedCreditRanksEveryoneAndScoresWhatIsNotStatedZero() {
        List<Observation> obs = observations("A p.up1=10 p.up2=100; B p.up1=20; C p.up2=50; D q.none=1; E p.up2=0");
        CompositeResult r = CompositeIndex.compute(obs, SPECS, NO_CREDIT, Optional.of("p"));
        assertThat(ranks(r)).isEqualTo("A=1 B=1 C=3 E=4 D=4");
        assertThat(r.entry("C").orElseThrow().score()).isEqualTo(25.0);
        assertThat(r.entry("D").orElseThrow().indicators().get("p.up1"))
                .isEqualTo(new ScoredValue(null, false, 0.0, ScoredValue.NO_CREDIT));
        assertThat(r.entry("E").orElseThrow().indicators().get("p.up2")).isEqualTo(new ScoredValue(0.0, false, 0.0, null));
        assertThat(kinds(r)).contains(Treatment.Kind.MISSING_DATA_RULE, Treatment.Kind.NO_CREDIT)
                .doesNotContain(Treatment.Kind.INSUFFICIENT_DATA);
        assertThat(r.treatments()).filteredOn(t -> t.kind() == Treatment.Kind.NO_CREDIT && "p.up1".equals(t.indicatorKey()))
                .singleElement().extracting(Treatment::detail).asString().contains("C, D, E");

        CompositeResult available = CompositeIndex.compute(obs, SPECS, Methodology.availableDataOnly(), Optional.of("p"));
        assertThat(ranks(available)).isEqualTo("A=1 B=- C=- E=- D=-");
    }

    @Test
    void anUnstatedDownIndicatorIsLeftOutNotCredited() {
        List<Observation> obs = observations("A q.down=1 q.up=50; B q.down=3 q.up=100; C q.up=100");
        CompositeResult r = CompositeIndex.compute(obs, SPECS, NO_CREDIT, Optional.of("q"));
        // q.down: A 100, B 0; q.up: A 0, B = C = 100. C's mean is over q.up alone.
        assertThat(r.entry("C").orElseThrow().score()).isEqualTo(100.0);
        assertThat(r.entry("A").orElseThrow().score()).isEqualTo(50.0);
        assertThat(r.entry("B").orElseThrow().score()).isEqualTo(50.0);
        assertThat(kinds(r)).contains(Treatment.Kind.REWEIGHTED);
    }

    /**
     * 街道 A 10, B 20, C 30, G unstated: G gets their median 20. 乡镇 D 1, E 3, F unstated: two stated peers are too few,
     * so F gets the area's median of {10, 20, 30, 1, 3} = 10. Min-max over 1..30.
     */
    @Test
    void imputationTakesThePeerGroupsMedianOrTheAreasWherePeersAreFew() {
        List<Observation> obs = observations("A p.up1=10; B p.up1=20; C p.up1=30; G q.none=1; D p.up1=1; E p.up1=3; "
                + "F q.none=1");
        Map<String, String> groups = Map.of("A", "街道", "B", "街道", "C", "街道", "G", "街道", "D", "乡镇", "E", "乡镇",
                "F", "乡镇");
        CompositeResult r = CompositeIndex.compute(obs, SPECS, IMPUTE, Optional.of("p"), groups);
        assertThat(ranks(r)).isEqualTo("C=1 B=2 G=2 A=4 F=4 E=6 D=7");
        assertThat(r.entry("G").orElseThrow().score()).isCloseTo(100.0 * 19 / 29, within(0.006));
        assertThat(r.entry("F").orElseThrow().indicators().get("p.up1").missing()).isEqualTo(ScoredValue.IMPUTED);
        assertThat(kinds(r)).contains(Treatment.Kind.IMPUTED);

        CompositeResult peers = CompositeIndex.compute(obs, SPECS, IMPUTE.withPeerGroups(true), Optional.of("p"), groups);
        assertThat(ranks(peers)).isEqualTo("F=1 E=2 D=3 C=1 B=2 G=2 A=4");
        assertThat(peers.entry("F").orElseThrow().peerGroup()).isEqualTo("乡镇");
        assertThat(peers.entry("F").orElseThrow().score()).isEqualTo(r.entry("F").orElseThrow().score());
        assertThat(kinds(peers)).contains(Treatment.Kind.PEER_GROUPS);
    }

    @Test
    void everyEntryCarriesItsRankInEachDimension() {
        List<Observation> obs = observations("A p.up1=10 q.up=10; B p.up1=20 q.up=5; C p.up1=5 q.up=30");
        CompositeResult r = CompositeIndex.compute(obs, SPECS, NO_CREDIT, Optional.empty());
        assertThat(r.entry("A").orElseThrow().dimensionRanks()).isEqualTo(Map.of("p", 2, "q", 2));
        assertThat(r.entry("B").orElseThrow().dimensionRanks()).isEqualTo(Map.of("p", 1, "q", 3));
        assertThat(r.entry("C").orElseThrow().dimensionRanks()).isEqualTo(Map.of("p", 3, "q", 1));
    }

    @Test
    void indicatorsStatedByTooFewTownshipsAreListedNotIndexed() {
        List<Observation> obs = observations("A p.up1=10 p.up2=5; B p.up1=20; C p.up1=30; D p.up1=40");
        CompositeResult r = CompositeIndex.compute(obs, SPECS, NO_CREDIT.withIndicatorCoverage(0.5), Optional.of("p"));
        assertThat(r.indicators()).extracting(IndexIndicator::key).containsExactly("p.up1");
        assertThat(r.treatments()).filteredOn(t -> t.kind() == Treatment.Kind.EXCLUDED_LOW_COVERAGE).singleElement()
                .extracting(Treatment::detail).asString().contains("p.up2 (1/4)");
        assertThat(ranks(r)).isEqualTo("D=1 C=2 B=3 A=4");
    }

    /** Items: the five catalog keys of SPECS; A states two of them (40%), B one (20%). Parts: completeness. */
    @Test
    void theDisclosureDimensionCreditsStatutoryPartsAndTheShareOfItemsStated() {
        List<IndicatorSpec> specs = new ArrayList<>(SPECS);
        specs.add(new IndicatorSpec("structure.completeness", "structure", Direction.UP, "rate"));
        List<Observation> obs = observations("A p.up1=10 q.none=3 structure.completeness=100; "
                + "B p.up1=20 structure.completeness=50; C structure.completeness=0");
        CompositeResult r = CompositeIndex.compute(obs, specs, NO_CREDIT.withDisclosure(true), Optional.of("disclosure"));
        assertThat(r.entry("A").orElseThrow().indicators().get(Disclosure.ITEMS).value()).isEqualTo(40.0);
        assertThat(r.entry("B").orElseThrow().indicators().get(Disclosure.ITEMS).value()).isEqualTo(20.0);
        assertThat(r.entry("C").orElseThrow().indicators().get(Disclosure.PARTS).value()).isEqualTo(0.0);
        // min-max: parts A 100, B 50, C 0; items A 100, B 50, C 0
        assertThat(ranks(r)).isEqualTo("A=1 B=2 C=3");
        assertThat(kinds(r)).contains(Treatment.Kind.DISCLOSURE_ADDED);
    }

    /** Eight townships state all four indicators; S states one. S's interval is the widest: its gaps are drawn. */
    @Test
    void aTownshipsIntervalWidensWithWhatItsReportLeavesUnsaid() {
        StringBuilder text = new StringBuilder();
        for (int t = 1; t <= 8; t++) {
            text.append("T").append(t).append(" p.up1=").append(t * 10).append(" p.up2=").append(90 - t * 10)
                    .append(" q.up=").append((t * 37) % 100).append(" q.down=").append((t * 53) % 10).append("; ");
        }
        text.append("S p.up1=45");
        CompositeResult r = UncertaintyAnalysis.compute(observations(text.toString()), SPECS, NO_CREDIT,
                Optional.empty(), 500);
        CompositeEntry s = r.entry("S").orElseThrow();
        int widest = r.entries().stream().filter(e -> !e.townshipCode().equals("S"))
                .mapToInt(e -> e.rankHigh() - e.rankLow()).max().orElseThrow();
        assertThat(s.rankHigh() - s.rankLow()).isGreaterThan(widest);
        assertThat(r.uncertainty().missingVaried()).isTrue();
    }
}
