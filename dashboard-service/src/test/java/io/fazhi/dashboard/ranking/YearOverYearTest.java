package io.fazhi.dashboard.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class YearOverYearTest {

    @Test
    void reportsRankAndScoreChangesWithNullWhereAYearIsMissing() {
        CompositeResult lastYear = compute("A p.up1=0 p.up2=0; B p.up1=10 p.up2=10; D p.up1=5 p.up2=5");
        CompositeResult thisYear = compute("A p.up1=10 p.up2=10; B p.up1=0 p.up2=5; C p.up1=5 p.up2=5");
        List<RankChange> changes = YearOverYear.composite(thisYear, lastYear);
        assertEquals("A:1<-3:+2:100.0<-0.0:100.0 C:2<-null:null:25.0<-null:null B:3<-1:-2:0.0<-100.0:-100.0"
                + " D:null<-2:null:null<-50.0:null", changes.stream().map(YearOverYearTest::text)
                .collect(Collectors.joining(" ")));
    }

    @Test
    void comparesIndicatorValuesWithoutFloatingPointNoise() {
        IndicatorSpec spec = new IndicatorSpec("q.up", "q", Direction.UP, "rate");
        List<RankedValue> now = IndicatorRanking.rank(Fixtures.observations("A q.up=98.5; B q.up=97.3"), spec);
        List<RankedValue> before = IndicatorRanking.rank(Fixtures.observations("A q.up=97.3; B q.up=98.5"), spec);
        List<RankChange> changes = YearOverYear.indicator(now, before);
        assertEquals(1.2, changes.get(0).scoreChange());
        assertEquals(1, changes.get(0).rankChange());
        assertEquals(-1, changes.get(1).rankChange());
    }

    private static CompositeResult compute(String data) {
        return CompositeIndex.compute(Fixtures.observations(data), Fixtures.SPECS, Methodology.availableDataOnly(),
                Optional.of("p"));
    }

    private static String text(RankChange c) {
        return c.townshipCode() + ":" + c.rank() + "<-" + c.previousRank() + ":"
                + (c.rankChange() == null ? "null" : String.format("%+d", c.rankChange())) + ":" + c.score() + "<-"
                + c.previousScore() + ":" + c.scoreChange();
    }
}
