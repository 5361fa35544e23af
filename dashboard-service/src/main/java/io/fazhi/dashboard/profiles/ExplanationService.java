package io.fazhi.dashboard.profiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.dashboard.model.IndicatorReading;
import io.fazhi.dashboard.ranking.CompositeEntry;
import io.fazhi.dashboard.ranking.Explanation;
import io.fazhi.dashboard.ranking.RankingEngine;
import io.fazhi.dashboard.ranking.Treatment;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import io.fazhi.dashboard.service.CompositeAnswer;
import io.fazhi.dashboard.service.CompositeQuery;
import io.fazhi.dashboard.service.RankingComputer;
import io.fazhi.dashboard.service.RankingService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/** Explains a township's composite score from the same cached answer the ranking serves, with the report's words. */
@ApplicationScoped
public class ExplanationService {

    private static final TypeReference<List<ExplanationView.Quote>> QUOTES = new TypeReference<>() {
    };

    private final RankingService rankings;
    private final TownshipYearRepository townshipYears;
    private final ObjectMapper json;
    private final RankingEngine engine = new RankingEngine();

    ExplanationService(RankingService rankings, TownshipYearRepository townshipYears, ObjectMapper json) {
        this.rankings = rankings;
        this.townshipYears = townshipYears;
        this.json = json;
    }

    /** Call on a worker thread. */
    public ExplanationView explain(String townshipCode, CompositeQuery q) {
        if (!townshipCode.startsWith(q.area())) {
            throw new TownshipNotFoundException("Township " + townshipCode + " is not in area " + q.area() + ".");
        }
        CompositeAnswer answer = rankings.composite(q);
        Explanation x = engine.explain(answer.result(), townshipCode).orElseThrow(() -> new TownshipNotFoundException(
                "No report of township " + townshipCode + " for " + q.year() + " is in the read model."));
        CompositeEntry entry = answer.result().entry(townshipCode).orElseThrow();
        Map<String, Reading> readings = readings(townshipCode, q.year());
        List<ExplanationView.DimensionPart> dimensions = new ArrayList<>();
        java.util.Set<String> inIndex = new java.util.HashSet<>();
        for (Explanation.DimensionContribution d : x.dimensions()) {
            List<ExplanationView.IndicatorPart> parts = new ArrayList<>();
            for (Explanation.IndicatorContribution i : d.indicators()) {
                inIndex.add(i.key());
                Reading r = readings.get(i.key());
                parts.add(new ExplanationView.IndicatorPart(i.key(), i.value(), i.approx(),
                        r == null ? null : r.unit(), round(i.score()), RankingComputer.round(i.weight(), 6),
                        RankingComputer.round(i.contribution(), 4), i.missing(), r == null ? null : r.source(),
                        r == null ? null : r.reviewedBy(), r == null ? List.of() : r.evidence()));
            }
            dimensions.add(new ExplanationView.DimensionPart(d.dimension(), round(d.score()),
                    RankingComputer.round(d.weight(), 6), RankingComputer.round(d.contribution(), 4),
                    List.copyOf(parts)));
        }
        Map<String, String> reasons = new HashMap<>();
        for (Treatment t : answer.result().treatments()) {
            if (t.indicatorKey() != null) {
                reasons.putIfAbsent(t.indicatorKey(), t.detail());
            }
        }
        List<ExplanationView.OtherValue> others = new ArrayList<>();
        readings.forEach((key, r) -> {
            if (!inIndex.contains(key)) {
                String reason = reasons.getOrDefault(key, q.dimension() != null && !q.dimension().equals(r.dimension())
                        ? "outside dimension " + q.dimension() : "not part of the index");
                others.add(new ExplanationView.OtherValue(key, r.dimension(), r.value(), r.approx(), r.unit(), reason,
                        r.source(), r.reviewedBy(), r.evidence()));
            }
        });
        return new ExplanationView(townshipCode, x.township(), q.area(), q.year(), q.dimension(), x.rank(), x.score(),
                entry.rankLow(), entry.medianRank(), entry.rankHigh(), x.insufficientData(),
                RankingComputer.round(x.coverage(), 4), x.methodologyVersion(), x.dataHash(),
                List.copyOf(dimensions), List.copyOf(others));
    }

    private record Reading(String dimension, double value, boolean approx, String unit, String source,
            String reviewedBy, List<ExplanationView.Quote> evidence) {
    }

    private Map<String, Reading> readings(String townshipCode, int year) {
        List<IndicatorReading> rows = QuarkusTransaction.requiringNew()
                .call(() -> townshipYears.readingsWithEvidence(townshipCode, year));
        Map<String, Reading> out = new LinkedHashMap<>();
        for (IndicatorReading r : rows) {
            out.put(r.key, new Reading(r.dimension, r.value.doubleValue(), r.approx, r.unit, r.source, r.reviewedBy,
                    quotes(r.evidenceJson)));
        }
        return out;
    }

    private List<ExplanationView.Quote> quotes(String evidenceJson) {
        try {
            return List.copyOf(json.readValue(evidenceJson, QUOTES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence is stored as a JSON list of quotes", e);
        }
    }

    private static Double round(Double value) {
        return value == null ? null : RankingComputer.round(value, 4);
    }
}
