package io.fazhi.dashboard.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Computes completeness and timeliness from the expected townships and the reports received. */
public final class Coverage {

    private Coverage() {
    }

    public static CoverageReport compute(List<ExpectedTownship> expected, List<Submission> submissions) {
        Map<String, ExpectedTownship> byCode = new TreeMap<>();
        expected.forEach(t -> byCode.putIfAbsent(t.code(), t));
        Map<String, Submission> received = new TreeMap<>();
        submissions.forEach(s -> received.merge(s.code(), s, Coverage::latest));
        List<Submission> submitted = new ArrayList<>();
        List<Submission> late = new ArrayList<>();
        List<Submission> stranger = new ArrayList<>();
        for (Submission s : received.values()) {
            if (!byCode.containsKey(s.code())) {
                stranger.add(s);
                continue;
            }
            submitted.add(s);
            if (s.late()) {
                late.add(s);
            }
        }
        List<ExpectedTownship> missing = byCode.values().stream().filter(t -> !received.containsKey(t.code()))
                .sorted(Comparator.comparing(ExpectedTownship::code)).toList();
        int n = byCode.size();
        int onTime = submitted.size() - late.size();
        List<Submission> returned = submitted.stream().filter(s -> Submission.RETURNED.equals(s.status())).toList();
        long accepted = submitted.stream().filter(s -> Submission.ACCEPTED.equals(s.status())).count();
        List<Submission> awaiting = submitted.stream().filter(s -> !s.extracted()).toList();
        return new CoverageReport(n, submitted.size(), onTime, late.size(), missing.size(), stranger.size(),
                returned.size(), (int) accepted, awaiting.size(), share(submitted.size(), n), share(onTime, n),
                List.copyOf(submitted), List.copyOf(late), missing, List.copyOf(stranger), returned, awaiting);
    }

    /** Should a code appear twice, the later report version counts. */
    private static Submission latest(Submission a, Submission b) {
        return b.reportVersion() > a.reportVersion() ? b : a;
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : Math.round(10000.0 * part / whole) / 10000.0;
    }
}
