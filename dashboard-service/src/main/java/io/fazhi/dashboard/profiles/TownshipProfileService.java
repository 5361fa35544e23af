package io.fazhi.dashboard.profiles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.fazhi.commons.status.Publication;
import io.fazhi.dashboard.model.IndicatorReading;
import io.fazhi.dashboard.model.TownshipYear;
import io.fazhi.dashboard.ranking.Direction;
import io.fazhi.dashboard.ranking.IndicatorSpec;
import io.fazhi.dashboard.ranking.RankedValue;
import io.fazhi.dashboard.ranking.RankingEngine;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import io.fazhi.dashboard.service.CompositeAnswer;
import io.fazhi.dashboard.service.CompositeQuery;
import io.fazhi.dashboard.service.CompositeRankingView;
import io.fazhi.dashboard.service.RankingService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A township's profile across years, ranked within its county from the same cached answers the rankings serve; where
 * the area publishes accepted values only, the years whose report is not accepted are left out.
 */
@ApplicationScoped
public class TownshipProfileService {

    private final RankingService rankings;
    private final TownshipYearRepository townshipYears;
    private final Publication publication;
    private final RankingEngine engine = new RankingEngine();

    TownshipProfileService(RankingService rankings, TownshipYearRepository townshipYears, Publication publication) {
        this.rankings = rankings;
        this.townshipYears = townshipYears;
        this.publication = publication;
    }

    private record Value(String dimension, String direction, String kind, String unit, double value, boolean approx) {
    }

    private record Year(TownshipYear row, Map<String, Value> values) {
    }

    /** Call on a worker thread. */
    public TownshipProfileView profile(String code) {
        List<Year> years = QuarkusTransaction.requiringNew().call(() -> townshipYears.history(code).stream()
                .filter(t -> publication.publishes(code, t.year, t.reportVersion))
                .map(TownshipProfileService::detach).toList());
        if (years.isEmpty()) {
            throw new TownshipNotFoundException("No report of township " + code + " is in the read model.");
        }
        String county = code.substring(0, 6);
        List<TownshipProfileView.YearView> out = new ArrayList<>();
        Map<String, Value> before = Map.of();
        int beforeYear = Integer.MIN_VALUE;
        for (Year y : years) {
            TownshipYear row = y.row();
            CompositeAnswer answer = rankings.composite(CompositeQuery.of(county, row.year, null, null, null, null,
                    null));
            CompositeRankingView view = answer.view();
            TownshipProfileView.CompositePlace place = view.entries().stream()
                    .filter(e -> e.townshipCode().equals(code)).findFirst()
                    .map(e -> new TownshipProfileView.CompositePlace(e.rank(), e.score(), e.rankLow(), e.rankHigh(),
                            view.ranked(), e.insufficientData(), e.coverage(), e.change().previousRank(),
                            e.change().rankChange(), e.change().scoreChange(), view.dataHash()))
                    .orElse(null);
            Map<String, Value> previous = beforeYear == row.year - 1 ? before : Map.of();
            List<TownshipProfileView.IndicatorPlace> indicators = new ArrayList<>();
            y.values().forEach((key, v) -> {
                IndicatorSpec spec = new IndicatorSpec(key, v.dimension(), Direction.of(v.direction()), v.kind());
                List<RankedValue> ranked = engine.rankIndicator(answer.data().observations(), spec);
                Integer rank = ranked.stream().filter(r -> r.townshipCode().equals(code)).findFirst()
                        .map(RankedValue::rank).orElse(null);
                Value p = previous.get(key);
                Double change = p == null ? null
                        : BigDecimal.valueOf(v.value()).subtract(BigDecimal.valueOf(p.value())).doubleValue();
                indicators.add(new TownshipProfileView.IndicatorPlace(key, v.dimension(), v.direction(), v.kind(),
                        v.unit(), v.value(), v.approx(), rank, spec.ranked() ? ranked.size() : 0,
                        p == null ? null : p.value(), change));
            });
            out.add(new TownshipProfileView.YearView(row.year, row.reportId, row.reportVersion, row.submittedAt,
                    row.late, row.computedAt, row.extractorVersion, place, List.copyOf(indicators)));
            before = y.values();
            beforeYear = row.year;
        }
        TownshipYear latest = years.get(years.size() - 1).row();
        return new TownshipProfileView(code, latest.township, latest.countyCode, latest.county,
                RankingEngine.METHODOLOGY_VERSION, List.copyOf(out));
    }

    private static Year detach(TownshipYear row) {
        Map<String, Value> values = new java.util.TreeMap<>();
        for (IndicatorReading r : row.readings) {
            values.put(r.key, new Value(r.dimension, r.direction, r.kind, r.unit, r.value.doubleValue(), r.approx));
        }
        return new Year(row, values);
    }
}
