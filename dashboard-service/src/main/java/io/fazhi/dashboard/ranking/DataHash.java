package io.fazhi.dashboard.ranking;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 (lower-case hex) of a canonical text of everything a ranking is computed from: methodology version,
 * methodology, indicator specs sorted by key, and observations sorted by township code and key, one per line, fields
 * separated by '|', values in {@link Values#plain} form. The same inputs in any order give the same hash.
 */
public final class DataHash {

    private DataHash() {
    }

    public static String of(List<Observation> observations, List<IndicatorSpec> specs, Methodology methodology) {
        return of(observations, specs, methodology, Map.of());
    }

    /** With the peer group of each township that {@code peerGroups} names (imputation and peer ranks depend on it). */
    public static String of(List<Observation> observations, List<IndicatorSpec> specs, Methodology methodology,
            Map<String, String> peerGroups) {
        MessageDigest sha = sha256();
        StringBuilder line = new StringBuilder(128);
        line.append("fazhi-ranking|").append(Methodology.METHODOLOGY_VERSION).append('\n');
        line.append("methodology|").append(methodology.normalization()).append('|').append(methodology.winsorize())
                .append('|').append(methodology.includeApprox()).append('|')
                .append(Values.plain(methodology.coverageThreshold())).append('|').append(methodology.missing())
                .append('|').append(Values.plain(methodology.indicatorCoverage())).append('|')
                .append(methodology.disclosure()).append('|').append(methodology.byPeerGroup()).append('\n');
        for (Map.Entry<String, Double> w : methodology.weights().entrySet()) { // a TreeMap: sorted by key
            line.append("weight|").append(w.getKey()).append('|').append(Values.plain(w.getValue())).append('\n');
        }
        flush(sha, line);
        specs.stream().sorted(Comparator.comparing(IndicatorSpec::key)).forEach(s -> {
            line.append("spec|").append(s.key()).append('|').append(s.dimension()).append('|').append(s.direction())
                    .append('|').append(s.kind());
            if (s.goalposts() != null) {
                line.append('|').append(Values.plain(s.goalposts().min())).append('|')
                        .append(Values.plain(s.goalposts().max()));
            }
            line.append('\n');
            flush(sha, line);
        });
        // grouping by township first sorts 2,000 codes and then ~35 keys each, instead of 70,000 rows at once
        Map<String, List<Observation>> byTownship = new HashMap<>();
        for (Observation o : observations) {
            byTownship.computeIfAbsent(o.townshipCode(), c -> new ArrayList<>()).add(o);
        }
        List<String> codes = new ArrayList<>(byTownship.keySet());
        Collections.sort(codes);
        for (String code : codes) {
            List<Observation> own = byTownship.get(code);
            own.sort(DataHash::canonicalOrder);
            String group = peerGroups.get(code);
            if (group != null) {
                line.append("group|").append(code).append('|').append(group).append('\n');
            }
            for (Observation o : own) {
                line.append("obs|").append(o.townshipCode()).append('|').append(o.township()).append('|')
                        .append(o.key()).append('|').append(Values.plain(o.value() + 0.0)).append('|')
                        .append(o.approx()).append('\n');
            }
        }
        flush(sha, line);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Within one township: by key, then by value and approx so that even duplicate keys have one order. */
    private static int canonicalOrder(Observation a, Observation b) {
        int c = a.key().compareTo(b.key());
        if (c == 0) {
            c = Double.compare(a.value() + 0.0, b.value() + 0.0);
        }
        if (c == 0) {
            c = Boolean.compare(a.approx(), b.approx());
        }
        return c != 0 ? c : String.valueOf(a.township()).compareTo(String.valueOf(b.township()));
    }

    /** The first eight bytes of a hash as a seed, so that Monte-Carlo runs are a function of the data. */
    static long seedOf(String hexHash) {
        return Long.parseUnsignedLong(hexHash.substring(0, 16), 16);
    }

    private static void flush(MessageDigest sha, StringBuilder line) {
        sha.update(line.toString().getBytes(StandardCharsets.UTF_8));
        line.setLength(0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
