package io.fazhi.dashboard.ranking.bench;

import io.fazhi.dashboard.ranking.CompositeResult;
import io.fazhi.dashboard.ranking.Direction;
import io.fazhi.dashboard.ranking.IndicatorSpec;
import io.fazhi.dashboard.ranking.Methodology;
import io.fazhi.dashboard.ranking.Observation;
import io.fazhi.dashboard.ranking.RankingEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Single-thread time of a composite index with 500-run uncertainty for a province-sized field (default 2,000
 * townships x 35 indicators in 7 dimensions, 8% missing, a quarter of counts approximate, skewed counts): warm-up,
 * then timed trials; prints wall-clock and this thread's CPU time per trial (CPU time is what one core spends, and
 * stays meaningful on a loaded machine), with medians and bests. Args: [townships] [runs] [trials].
 */
public final class CompositeBenchmark {

    private CompositeBenchmark() {
    }

    public static void main(String[] args) {
        int townships = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : RankingEngine.DEFAULT_RUNS;
        int trials = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        List<IndicatorSpec> specs = specs();
        List<Observation> observations = province(townships, specs, new Random(20240301));
        RankingEngine engine = new RankingEngine();
        Methodology methodology = Methodology.availableDataOnly();
        long sink = 0;
        for (int i = 0; i < 10; i++) {
            sink += run(engine, observations, specs, methodology, runs);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[trials];
        double[] cpuMillis = new double[trials];
        for (int t = 0; t < trials; t++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sink += run(engine, observations, specs, methodology, runs);
            millis[t] = (System.nanoTime() - t0) / 1e6;
            cpuMillis[t] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            System.out.printf("trial %2d: %.1f ms wall, %.1f ms cpu%n", t, millis[t], cpuMillis[t]);
        }
        long t0 = System.nanoTime();
        CompositeResult plain = engine.composite(observations, specs, methodology, Optional.empty());
        double plainMillis = (System.nanoTime() - t0) / 1e6;
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.out.printf("composite + uncertainty, %d townships x %d indicators (%d observations), %d runs: "
                + "wall median %.1f ms, best %.1f ms; cpu median %.1f ms, best %.1f ms; composite alone %.1f ms "
                + "(checksum %d, %d treatments)%n", townships, specs.size(), observations.size(), runs,
                millis[trials / 2], millis[0], cpuMillis[trials / 2], cpuMillis[0], plainMillis, sink,
                plain.treatments().size());
    }

    private static long run(RankingEngine engine, List<Observation> observations, List<IndicatorSpec> specs,
            Methodology methodology, int runs) {
        CompositeResult r = engine.compositeWithUncertainty(observations, specs, methodology, Optional.empty(), runs);
        return r.entries().get(0).rankHigh() == null ? 0 : r.entries().get(0).rankHigh();
    }

    static List<IndicatorSpec> specs() {
        List<IndicatorSpec> specs = new ArrayList<>();
        String[] dimensions = {"leadership", "capacity", "decision", "enforcement", "disputes", "publicity", "services"};
        for (String d : dimensions) {
            for (int i = 0; i < 5; i++) {
                String kind = i == 0 ? "flag" : i == 1 ? "rate" : "count";
                Direction direction = d.equals("disputes") && i == 4 ? Direction.DOWN : Direction.UP;
                specs.add(new IndicatorSpec(d + ".indicator" + i, d, direction, kind));
            }
        }
        return specs;
    }

    static List<Observation> province(int townships, List<IndicatorSpec> specs, Random random) {
        List<Observation> out = new ArrayList<>();
        for (int t = 0; t < townships; t++) {
            String code = String.format("44%07d", t);
            for (IndicatorSpec s : specs) {
                if (random.nextDouble() < 0.08) {
                    continue;
                }
                double value;
                boolean approx = false;
                switch (s.kind()) {
                    case "flag" -> value = random.nextDouble() < 0.85 ? 1 : 0;
                    case "rate" -> value = Math.min(100, Math.round(85 + 10 * random.nextGaussian()));
                    default -> {
                        value = Math.round(Math.exp(3 + 1.2 * random.nextGaussian()));
                        approx = random.nextDouble() < 0.25;
                    }
                }
                out.add(new Observation(code, "镇" + t, s.key(), value, approx));
            }
        }
        return out;
    }
}
