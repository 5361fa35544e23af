package io.fazhi.dashboard.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.dashboard.ranking.CompositeEntry;
import io.fazhi.dashboard.ranking.CompositeResult;
import io.fazhi.dashboard.ranking.IndexIndicator;
import io.fazhi.dashboard.ranking.IndicatorSpec;
import io.fazhi.dashboard.ranking.InvalidMethodologyException;
import io.fazhi.dashboard.ranking.Methodology;
import io.fazhi.dashboard.ranking.MissingData;
import io.fazhi.dashboard.ranking.Observation;
import io.fazhi.dashboard.ranking.RankChange;
import io.fazhi.dashboard.ranking.RankedValue;
import io.fazhi.dashboard.ranking.RankingEngine;
import io.fazhi.dashboard.ranking.UncertaintyAnalysis;
import io.fazhi.dashboard.ranking.UncertaintySummary;
import io.fazhi.dashboard.repository.DataVersion;
import io.fazhi.dashboard.repository.TownshipYearRepository;
import io.fazhi.commons.locks.YearLocks;
import io.fazhi.dashboard.service.RankingCache.Loaded;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Computes rankings from the read model, each with the data version it was computed from. */
@ApplicationScoped
public class RankingComputer {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RankingComputer.class);

    private final TownshipYearRepository townshipYears;
    private final AreaDataCache areaData;
    private final PeerGroups peerGroups;
    private final ObjectMapper json;
    private final RankingEngine engine = new RankingEngine();
    private final Executor workers = Infrastructure.getDefaultWorkerPool();

    private final YearLocks locks;
    private final ComputeBudget budget;

    RankingComputer(TownshipYearRepository townshipYears, AreaDataCache areaData, PeerGroups peerGroups,
            YearLocks locks, ObjectMapper json, ComputeBudget budget) {
        this.budget = budget;
        this.locks = locks;
        this.townshipYears = townshipYears;
        this.areaData = areaData;
        this.peerGroups = peerGroups;
        this.json = json;
    }

    @Transactional
    public Loaded<CompositeAnswer> composite(CompositeQuery q) {
        long t0 = System.nanoTime();
        DataVersion version = townshipYears.version(q.area(), q.year() - 1, q.year());
        AreaData current = areaData.load(q.area(), q.year());
        AreaData previous = areaData.load(q.area(), q.year() - 1);
        Methodology m = q.methodology(current.specs());
        Map<String, String> groups = peerGroups.of(q.area());
        long t1 = System.nanoTime();
        // the previous year (for changes) needs no database any more: computed on a second core meanwhile
        CompletableFuture<CompositeResult> previousResult = CompletableFuture
                .supplyAsync(() -> previousComposite(q, previous, groups), workers);
        CompositeResult result;
        if (current.isEmpty()) {
            result = new CompositeResult(q.dimension(), m, RankingEngine.METHODOLOGY_VERSION,
                    engine.dataHash(List.of(), List.of(), m), List.of(), List.of(), List.of(), null);
        } else if (q.runs() > 0) {
            result = withUncertainty(q, current, m, groups);
        } else {
            result = engine.composite(current.observations(), current.specs(), m, q.scope(), groups);
        }
        long t2 = System.nanoTime();
        CompositeResult before = previousResult.join();
        long t3 = System.nanoTime();
        Map<String, RankChange> changes = new HashMap<>();
        if (before != null) {
            engine.change(result, before).forEach(c -> changes.put(c.townshipCode(), c));
        }
        CompositeRankingView view = compositeView(q, m, current, result, before, changes);
        String file = "ranking-" + q.area() + "-" + q.year() + (q.dimension() == null ? "-composite" : "-"
                + q.dimension()) + ".csv";
        byte[] json = bytes(view);
        long t4 = System.nanoTime();
        LOG.debugf("composite %s: data %d ms, index %d ms, waiting for the previous year %d ms, view and JSON %d ms",
                q, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        return new Loaded<>(version, new CompositeAnswer(view, json, file, result, current));
    }

    /** The composite with rank intervals, once the memory they need is reserved (else a 503, never an OOM). */
    private CompositeResult withUncertainty(CompositeQuery q, AreaData current, Methodology m,
            Map<String, String> groups) {
        int rows = current.townships();
        long bytes = UncertaintyAnalysis.bytesNeeded(rows, current.specs().size(), q.runs());
        String what = "composite of " + (q.area().isEmpty() ? "CN" : q.area()) + " in " + q.year() + " (" + rows
                + " townships, " + q.runs() + " runs)";
        try (ComputeBudget.Reservation held = budget.reserve(bytes, what)) {
            return engine.compositeWithUncertainty(current.observations(), current.specs(), m, q.scope(), groups,
                    q.runs());
        } catch (OutOfMemoryError e) {
            // the estimate fell short of what the rest of the heap held: the arrays of this run are garbage now
            LOG.warnf("Out of memory computing the %s", what);
            throw new CompositeTooLargeException(what, bytes, 0, true);
        }
    }

    /** The previous year with the same choices, without uncertainty; none when those choices do not apply to it. */
    private CompositeResult previousComposite(CompositeQuery q, AreaData previous, Map<String, String> groups) {
        if (previous.isEmpty()) {
            return null;
        }
        try {
            return engine.composite(previous.observations(), previous.specs(), q.methodology(previous.specs()),
                    q.scope(), groups);
        } catch (InvalidMethodologyException e) {
            return null; // e.g. a weight names an indicator the previous year does not have
        }
    }

    @Transactional
    public Loaded<IndicatorAnswer> indicator(IndicatorQuery q) {
        DataVersion version = townshipYears.version(q.area(), q.year() - 1, q.year());
        AreaData current = dataOf(q, q.year());
        AreaData previous = dataOf(q, q.year() - 1);
        Optional<IndicatorSpec> spec = specOf(current, q.indicator());
        List<Observation> observations = observationsOf(current, q.indicator());
        Methodology m = Methodology.defaults();
        String hash = engine.dataHash(observations, spec.map(List::of).orElse(List.of()), m);
        List<IndicatorRankingView.Entry> entries = new ArrayList<>();
        Integer previousYear = null;
        if (spec.isPresent()) {
            List<RankedValue> ranked = engine.rankIndicator(observations, spec.get());
            Map<String, RankChange> changes = new HashMap<>();
            Optional<IndicatorSpec> previousSpec = specOf(previous, q.indicator());
            if (previousSpec.isPresent()) {
                previousYear = q.year() - 1;
                List<RankedValue> before = engine.rankIndicator(observationsOf(previous, q.indicator()), spec.get());
                engine.change(ranked, before).forEach(c -> changes.put(c.townshipCode(), c));
            }
            for (RankedValue v : ranked) {
                RankChange c = changes.get(v.townshipCode());
                entries.add(new IndicatorRankingView.Entry(v.rank(), v.townshipCode(), v.township(), v.value(),
                        v.approx(), c == null ? new IndicatorRankingView.Change(null, null, null, null)
                                : new IndicatorRankingView.Change(c.previousRank(), c.rankChange(), c.previousScore(),
                                        c.scoreChange())));
            }
        }
        IndicatorRankingView view = new IndicatorRankingView(q.area(), q.year(), q.indicator(),
                q.scale(),
                spec.map(IndicatorSpec::dimension).orElse(null),
                spec.map(s -> s.direction().name().toLowerCase(java.util.Locale.ROOT)).orElse(null),
                spec.map(IndicatorSpec::kind).orElse(null), unitOf(current, q),
                spec.map(IndicatorSpec::ranked).orElse(false), RankingEngine.METHODOLOGY_VERSION, hash, previousYear,
                LockView.of(locks.over(q.area(), q.year()).orElse(null)), current.publication(),
                List.copyOf(entries));
        String file = "ranking-" + q.area() + "-" + q.year() + "-" + q.indicator()
                + (q.perVillage() ? "-" + IndicatorQuery.PER_VILLAGE : "") + ".csv";
        return new Loaded<>(version, new IndicatorAnswer(view, bytes(view), file));
    }

    /** The query's indicator in an area and year: its values as reported, or divided by the stated villages. */
    private AreaData dataOf(IndicatorQuery q, int year) {
        return q.perVillage() ? areaData.loadPerVillage(q.area(), year, q.indicator())
                : areaData.load(q.area(), year, q.indicator());
    }

    /** The indicator's unit, per village and community when the values are divided by them (次/村（社区）). */
    private static String unitOf(AreaData data, IndicatorQuery q) {
        String unit = data.units().get(q.indicator());
        return q.perVillage() && unit != null ? unit + "/村（社区）" : unit;
    }

    private static Optional<IndicatorSpec> specOf(AreaData data, String key) {
        return data.specs().stream().filter(s -> s.key().equals(key)).findFirst();
    }

    private static List<Observation> observationsOf(AreaData data, String key) {
        return data.observations().stream().filter(o -> o.key().equals(key)).toList();
    }

    private CompositeRankingView compositeView(CompositeQuery q, Methodology m, AreaData data, CompositeResult r,
            CompositeResult before, Map<String, RankChange> changes) {
        List<CompositeRankingView.IndicatorView> indicators = new ArrayList<>();
        for (IndexIndicator i : r.indicators()) {
            indicators.add(new CompositeRankingView.IndicatorView(i.key(), i.dimension(),
                    i.direction().name().toLowerCase(java.util.Locale.ROOT), i.kind(), data.units().get(i.key()),
                    round(i.nominalWeight(), 6), CompositeQuery.spelling(i.normalization()), i.reportedBy()));
        }
        List<CompositeRankingView.Entry> entries = new ArrayList<>(r.entries().size());
        int ranked = 0;
        for (CompositeEntry e : r.entries()) {
            ranked += e.insufficientData() ? 0 : 1;
            RankChange c = changes.get(e.townshipCode());
            entries.add(new CompositeRankingView.Entry(e.rank(), e.townshipCode(), e.township(), e.score(), e.approx(),
                    e.score(), e.rankLow(), e.rankHigh(), e.medianRank(), round(e.coverage(), 4),
                    e.indicatorsReported(), e.indicatorsInIndex(), e.insufficientData(), e.dimensionScores(),
                    e.dimensionRanks(), e.peerGroup(),
                    c == null ? new CompositeRankingView.Change(null, null, null)
                            : new CompositeRankingView.Change(c.previousRank(), c.rankChange(), c.scoreChange())));
        }
        UncertaintySummary u = r.uncertainty();
        CompositeRankingView.UncertaintyView uncertainty = u == null ? null
                : new CompositeRankingView.UncertaintyView(u.runs(), u.seed(),
                        u.normalizations().stream().map(CompositeQuery::spelling).toList(), u.weightFactorMin(),
                        u.weightFactorMax(), u.winsorizeVaried(), u.approxVaried(), u.missingVaried(),
                        round(u.shareWithinThreePositions(), 4));
        CompositeRankingView.MethodologyView methodology = new CompositeRankingView.MethodologyView(
                CompositeQuery.spelling(m.normalization()), m.weights(), m.winsorize(), m.includeApprox(),
                m.missing().spelling(), m.missing() == MissingData.AVAILABLE ? round(m.coverageThreshold(), 4) : 0.0,
                round(m.indicatorCoverage(), 4), m.disclosure(), m.byPeerGroup() ? "kind" : "none");
        return new CompositeRankingView(q.area(), q.year(), q.dimension(), r.methodologyVersion(), r.dataHash(),
                methodology, List.copyOf(indicators), r.treatments(), uncertainty,
                before == null ? null : q.year() - 1, before == null ? null : before.dataHash(),
                LockView.of(locks.over(q.area(), q.year()).orElse(null)), data.publication(), ranked,
                entries.size() - ranked, List.copyOf(entries));
    }

    /** The value rounded half-up to this many decimals, as rankings and explanations show it. */
    public static double round(double value, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(value * f) / f;
    }

    private byte[] bytes(Object view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("views are plain records and always serialize", e);
        }
    }
}
