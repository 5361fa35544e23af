package io.fazhi.dashboard.service;

import java.util.List;

import io.fazhi.dashboard.model.IndicatorReading;
import io.fazhi.dashboard.ranking.Direction;
import io.fazhi.dashboard.ranking.IndicatorRanking;
import io.fazhi.dashboard.ranking.IndicatorSpec;
import io.fazhi.dashboard.ranking.Observation;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Comparative rankings of the townships of an area, computed from the read model on request. */
@ApplicationScoped
public class RankingService {

    private final TownshipYearRepository townshipYears;

    RankingService(TownshipYearRepository townshipYears) {
        this.townshipYears = townshipYears;
    }

    @Transactional
    public IndicatorRankingView rankIndicator(String area, int year, String key) {
        List<IndicatorReading> readings = townshipYears.readings(area, year, key);
        if (readings.isEmpty()) {
            return new IndicatorRankingView(area, year, key, null, null, false, List.of());
        }
        IndicatorReading first = readings.get(0);
        IndicatorSpec spec = new IndicatorSpec(key, first.dimension, Direction.of(first.direction), first.kind);
        List<Observation> observations = readings.stream()
                .map(r -> new Observation(r.townshipYear.townshipCode, r.townshipYear.township, key,
                        r.value.doubleValue(), r.approx))
                .toList();
        List<IndicatorRankingView.Entry> entries = IndicatorRanking.rank(observations, spec).stream()
                .map(v -> new IndicatorRankingView.Entry(v.rank(), v.townshipCode(), v.township(), v.value(), v.approx()))
                .toList();
        return new IndicatorRankingView(area, year, key, first.direction, first.unit, spec.ranked(), entries);
    }
}
