package io.fazhi.indicator.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Data-quality rules over the values in force of an area and year, as DHIS2 runs them on data entry: each violation
 * names its rule, the value and what it was compared with. A value a reviewer confirmed or set ({@code reviewed}) is
 * checked and is not flagged again.
 *
 * <ul>
 * <li>{@code outlier}: modified z-score 0.6745 (x − median) / MAD beyond the threshold (Iglewicz and Hoaglin; 3.5 by
 * default), among the area's townships that state the indicator (at least five, with a MAD above 0); counts and
 * amounts only;</li>
 * <li>{@code rate-over-100}: a rate above 100;</li>
 * <li>{@code year-over-year}: a count at least {@code factor} times its previous year's value, or at most its
 * {@code factor}-th part (both years at least 10);</li>
 * <li>{@code villages-out-of-range}: a number of villages and communities ({@code profile.villages}) outside
 * 1..{@value #MAX_VILLAGES} (the largest townships of the registry have about a hundred);</li>
 * <li>{@code per-village-outlier}: the same modified z-score over a count divided by the township's own number of
 * villages, among the townships that state both, so that a value large only for its township's size is not flagged
 * and one large for any size is.</li>
 * </ul>
 */
final class QualityRules {

    static final int MIN_FOR_OUTLIERS = 5;
    static final double MIN_FOR_CHANGE = 10;
    static final int MAX_VILLAGES = 150;
    static final String VILLAGES = "profile.villages";

    /** One value in force, as the rules look at it. */
    record Value(String townshipCode, String township, int reportVersion, String key, String kind,
            BigDecimal value, boolean reviewed) {
    }

    /**
     * A broken rule: the value and the reference it was compared with; {@code alternative} is the value the reference
     * suggests instead (100 for a rate, the previous year's value), null where it is the median of the others.
     */
    record Violation(Value value, String rule, String reference, double severity, Double alternative) {
    }

    private final double outlierThreshold;
    private final double yearOverYearFactor;

    QualityRules(double outlierThreshold, double yearOverYearFactor) {
        this.outlierThreshold = outlierThreshold;
        this.yearOverYearFactor = yearOverYearFactor;
    }

    List<Violation> check(List<Value> current, List<Value> previousYear) {
        List<Violation> out = new ArrayList<>();
        Map<String, List<Value>> byKey = new HashMap<>();
        for (Value v : current) {
            byKey.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
            if ("rate".equals(v.kind()) && v.value().compareTo(BigDecimal.valueOf(100)) > 0 && !v.reviewed()) {
                out.add(new Violation(v, "rate-over-100", "a rate is at most 100", 1.0, 100.0));
            }
        }
        byKey.values().forEach(values -> outliers(values, out, "outlier", v -> v.value().doubleValue(), ""));
        perVillage(current, byKey, out);
        Map<String, Value> before = new HashMap<>();
        previousYear.forEach(v -> before.put(v.townshipCode() + "|" + v.key(), v));
        for (Value v : current) {
            Value p = before.get(v.townshipCode() + "|" + v.key());
            if (p != null && !v.reviewed() && "count".equals(v.kind())) {
                double now = v.value().doubleValue();
                double then = p.value().doubleValue();
                if (now >= MIN_FOR_CHANGE && then >= MIN_FOR_CHANGE
                        && (now >= then * yearOverYearFactor || now * yearOverYearFactor <= then)) {
                    out.add(new Violation(v, "year-over-year", "previous year " + plain(p.value()) + " (x"
                            + String.format(Locale.ROOT, "%.1f", now / then) + ")", 0.9, then));
                }
            }
        }
        return out;
    }

    /** Villages out of range, and outliers of counts per village. */
    private void perVillage(List<Value> current, Map<String, List<Value>> byKey, List<Violation> out) {
        Map<String, Double> villages = new HashMap<>();
        for (Value v : byKey.getOrDefault(VILLAGES, List.of())) {
            double n = v.value().doubleValue();
            if ((n < 1 || n > MAX_VILLAGES) && !v.reviewed()) {
                out.add(new Violation(v, "villages-out-of-range", "a township has 1 to " + MAX_VILLAGES
                        + " villages and communities", 0.9, null));
            } else if (n >= 1 && n <= MAX_VILLAGES) {
                villages.put(v.townshipCode(), n);
            }
        }
        Map<String, List<Value>> counted = new HashMap<>();
        for (Value v : current) {
            if ("count".equals(v.kind()) && !v.key().startsWith("profile.") && villages.containsKey(v.townshipCode())) {
                counted.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
            }
        }
        counted.values().forEach(values -> outliers(values, out, "per-village-outlier",
                v -> v.value().doubleValue() / villages.get(v.townshipCode()), " per village"));
    }

    private void outliers(List<Value> values, List<Violation> out, String rule,
            java.util.function.ToDoubleFunction<Value> measure, String per) {
        String kind = values.get(0).kind();
        if (values.size() < MIN_FOR_OUTLIERS || !("count".equals(kind) || "amount".equals(kind))) {
            return;
        }
        double[] xs = values.stream().mapToDouble(measure).toArray();
        double median = median(xs);
        double mad = median(Arrays.stream(xs).map(x -> Math.abs(x - median)).toArray());
        if (mad == 0) {
            return;
        }
        for (Value v : values) {
            double z = 0.6745 * (measure.applyAsDouble(v) - median) / mad;
            if (Math.abs(z) > outlierThreshold && !v.reviewed()) {
                out.add(new Violation(v, rule, String.format(Locale.ROOT, "modified z-score %.1f against the "
                        + "median %s%s of %d townships (MAD %s, threshold %.1f)", z, plain(round(median)), per,
                        values.size(), plain(round(mad)), outlierThreshold), Math.min(1.0, 0.8 + Math.abs(z) / 1000), null));
            }
        }
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    private static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    private static String plain(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString();
    }
}
