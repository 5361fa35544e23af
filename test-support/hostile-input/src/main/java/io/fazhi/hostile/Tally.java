package io.fazhi.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a run of attacks met: statuses, time per kind of attack, and the first failures with their case numbers. */
public final class Tally {

    private static final int FAILURES_KEPT = 25;

    private final String label;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, long[]> millis = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private long requests;
    private long failed;

    public Tally(String label) {
        this.label = label;
    }

    public synchronized void add(int caseNumber, Attack attack, Verdict verdict) {
        requests++;
        statuses.merge(verdict.status(), 1, Integer::sum);
        long[] spent = millis.computeIfAbsent(attack.what(), k -> new long[3]);
        spent[0]++;
        spent[1] += verdict.millis();
        spent[2] = Math.max(spent[2], verdict.millis());
        if (verdict.failed()) {
            failed++;
            if (failures.size() < FAILURES_KEPT) {
                failures.add(label + " case " + caseNumber + " (" + attack.what() + ", " + attack.method() + " "
                        + clip(attack.path()) + ", " + attack.body().length + " bytes): " + verdict.failure());
            }
        }
    }

    public synchronized List<String> failures() {
        return Collections.unmodifiableList(new ArrayList<>(failures));
    }

    public synchronized long requests() {
        return requests;
    }

    public synchronized long failed() {
        return failed;
    }

    public synchronized Map<Integer, Integer> statuses() {
        return new TreeMap<>(statuses);
    }

    /** A line per kind of attack: how many, time in all, slowest. */
    public synchronized String report() {
        StringBuilder b = new StringBuilder(String.format("%s: %d requests, %d failed, statuses %s%n", label, requests,
                failed, statuses));
        millis.forEach((what, spent) -> b.append(String.format("%s   %-45s %5d requests, %7d ms in all, %5d ms at most%n",
                label, what, spent[0], spent[1], spent[2])));
        return b.toString();
    }

    private static String clip(String path) {
        return path.length() > 120 ? path.substring(0, 120) + "…" : path;
    }
}
