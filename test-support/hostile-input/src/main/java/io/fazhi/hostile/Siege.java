package io.fazhi.hostile;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.fazhi.devtokens.DevTokens;

/**
 * Sends tens of thousands of hostile requests to a running suite (the local launcher: its tokens are signed with the
 * development key) from every front at once: malformed writes as an administrator of the whole country, writes by
 * callers outside their scope, hostile reads. It then checks that no answer was a 5xx, that every refusal was a 4xx
 * problem, that no service restarted (same pid files, live), and that everything stored is what it was.
 *
 * <pre>java io.fazhi.hostile.Siege [--requests 30000] [--threads 4] [--data DIR] [--seed N]
 *     [--submission http://localhost:8081] [--indicator http://localhost:8082] [--dashboard http://localhost:8083]</pre>
 */
public final class Siege {

    /** One line of attack: a generator aimed at a service with a caller's token. */
    record Front(String name, URI service, String token, Function<Hostile, Attack> generator, int weight) {
    }

    private static final String[] SERVICES = {"submission-service", "indicator-service", "dashboard-service", "kafka"};

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        long requests = Long.parseLong(o.getOrDefault("requests", "30000"));
        int threads = Integer.parseInt(o.getOrDefault("threads", "4"));
        long seed = Long.parseLong(o.getOrDefault("seed", "20261121"));
        Path data = o.containsKey("data") ? Path.of(o.get("data")) : null;
        URI submission = URI.create(o.getOrDefault("submission", "http://localhost:8081"));
        URI indicator = URI.create(o.getOrDefault("indicator", "http://localhost:8082"));
        URI dashboard = URI.create(o.getOrDefault("dashboard", "http://localhost:8083"));

        DevTokens tokens = DevTokens.developmentKey();
        Duration ttl = Duration.ofHours(6);
        String country = tokens.countyAdmin("", ttl);
        String county = tokens.countyAdmin("4453", ttl);
        String township = tokens.township("445322116", ttl);
        Documents documents = new MinimalDocuments();
        List<Front> fronts = List.of(
                new Front("report JSON", submission, country, ReportAttacks::reportJson, 3),
                new Front("report upload", submission, country, h -> ReportAttacks.reportUpload(h, documents), 3),
                new Front("township addition", submission, country, RegistryAttacks::townshipAddition, 2),
                new Front("township rename", submission, country, RegistryAttacks::townshipRename, 2),
                new Front("deadline", submission, country, RegistryAttacks::deadline, 2),
                new Front("extraction JSON", indicator, country, ExtractionAttacks::json, 2),
                new Front("extraction text", indicator, country, ExtractionAttacks::text, 2),
                new Front("extraction hard text", indicator, country, ExtractionAttacks::hardText, 1),
                new Front("re-extraction", indicator, country, ExtractionAttacks::reextraction, 2),
                new Front("township office elsewhere", submission, township, AuthorityAttacks::outsideTheirScope, 2),
                new Front("county office elsewhere", submission, county, AuthorityAttacks::outsideTheirScope, 2),
                new Front("anonymous writes", submission, null, AuthorityAttacks::outsideTheirScope, 1),
                new Front("county re-extraction elsewhere", indicator, county, AuthorityAttacks::reextractionElsewhere, 1),
                new Front("township re-extraction", indicator, township, AuthorityAttacks::reextractionElsewhere, 1),
                new Front("dashboard reads", dashboard, null, QueryAttacks::dashboard, 3),
                new Front("record reads", submission, country, QueryAttacks::records, 2),
                new Front("indicator reads", indicator, null, QueryAttacks::indicators, 1));

        SuiteSnapshot snapshot = new SuiteSnapshot(submission, indicator, dashboard, country);
        Map<String, String> before = snapshot.settled(Duration.ofMinutes(3));
        Map<String, String> pidsBefore = pids(data);
        System.out.printf("siege: %d stored things watched, pids %s; %d requests on %d threads%n", before.size(),
                pidsBefore, requests, threads);

        List<Front> schedule = new ArrayList<>();
        fronts.forEach(f -> {
            for (int i = 0; i < f.weight(); i++) {
                schedule.add(f);
            }
        });
        Map<Front, Hostile> generators = new LinkedHashMap<>();
        Map<Front, HostileClient> clients = new LinkedHashMap<>();
        Map<Front, Tally> tallies = new LinkedHashMap<>();
        for (int i = 0; i < fronts.size(); i++) {
            Front f = fronts.get(i);
            generators.put(f, new Hostile(new Random(seed + i)));
            clients.put(f, new HostileClient(f.service(), f.token()));
            tallies.put(f, new Tally(f.name()));
        }
        AtomicLong next = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                long n;
                while ((n = next.getAndIncrement()) < requests) {
                    Front front = schedule.get((int) (n % schedule.size()));
                    Hostile h = generators.get(front);
                    Attack attack;
                    synchronized (h) {
                        attack = front.generator().apply(h);
                    }
                    tallies.get(front).add((int) n, attack, clients.get(front).send(attack));
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(3, TimeUnit.HOURS);
        double seconds = (System.nanoTime() - started) / 1e9;

        long failed = 0;
        long total = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (Tally tally : tallies.values()) {
            System.out.print(tally.report());
            tally.failures().forEach(f -> System.out.println("  FAILED " + f));
            failed += tally.failed();
            total += tally.requests();
            tally.statuses().forEach((s, c) -> statuses.merge(s, c, Integer::sum));
        }
        System.out.printf("siege: %d requests in %.0f s (%.0f/s), %d failed, statuses %s%n", total, seconds,
                total / seconds, failed, statuses);

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, URI> s : Map.of("submission-service", submission, "indicator-service", indicator,
                "dashboard-service", dashboard).entrySet()) {
            int live = new HostileClient(s.getValue(), null).status("/q/health/live");
            if (live != 200) {
                problems.add(s.getKey() + " is not live: " + live);
            }
        }
        Map<String, String> pidsAfter = pids(data);
        if (!pidsAfter.equals(pidsBefore)) {
            problems.add("a process was restarted: pids " + pidsBefore + " became " + pidsAfter);
        }
        Map<String, String> after = snapshot.take();
        if (!after.equals(before)) {
            before.forEach((k, v) -> {
                if (!v.equals(after.get(k))) {
                    problems.add("changed or lost: " + k);
                }
            });
            after.keySet().stream().filter(k -> !before.containsKey(k)).forEach(k -> problems.add("new: " + k));
        }
        System.out.printf("siege: %d stored things after, %s%n", after.size(),
                after.equals(before) ? "byte for byte the same" : "CHANGED");
        problems.forEach(p -> System.out.println("  " + p));
        if (failed > 0 || !problems.isEmpty()) {
            System.out.println("siege: FAILED");
            System.exit(1);
        }
        System.out.println("siege: ok, no 5xx, every refusal a 4xx problem, no restart, nothing stored or changed");
    }

    private static Map<String, String> pids(Path data) throws IOException {
        Map<String, String> pids = new LinkedHashMap<>();
        if (data != null) {
            for (String name : SERVICES) {
                Path file = data.resolve(name + ".pid");
                pids.put(name, Files.exists(file) ? Files.readString(file).trim() : "none");
            }
        }
        return pids;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            o.put(args[i].substring(2), args[i + 1]);
        }
        return o;
    }
}
