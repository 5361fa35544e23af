package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The handbook's outlier treatment (COINr {@code winsorise}): while |skewness| > 2 and kurtosis > 3.5, replace the
 * most extreme value on the side of the skew by the next value, at most five points in all; an indicator still failing
 * the test after that is left as is and reported.
 */
final class Winsorizer {

    static final double SKEW_THRESHOLD = 2.0;
    static final double KURTOSIS_THRESHOLD = 3.5;
    static final int MAX_POINTS = 5;

    /** What was done to one indicator: the clipped positions and the test before and after. */
    record Outcome(List<Integer> clipped, double[] originals, boolean stillSkewed, double skewBefore,
            double kurtosisBefore, double skewAfter, double kurtosisAfter) {

        boolean treated() {
            return !clipped.isEmpty() || stillSkewed;
        }
    }

    private Winsorizer() {
    }

    static boolean fails(double[] xs) {
        return Math.abs(Moments.skewness(xs)) > SKEW_THRESHOLD && Moments.kurtosis(xs) > KURTOSIS_THRESHOLD;
    }

    /** Treats {@code xs} in place. */
    static Outcome treat(double[] xs) {
        double skewBefore = Moments.skewness(xs);
        double kurtBefore = Moments.kurtosis(xs);
        List<Integer> clipped = new ArrayList<>();
        List<Double> originals = new ArrayList<>();
        boolean still = false;
        double skew = skewBefore;
        double kurt = kurtBefore;
        while (Math.abs(skew) > SKEW_THRESHOLD && kurt > KURTOSIS_THRESHOLD) {
            boolean high = skew > 0;
            double extreme = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            for (double x : xs) {
                extreme = high ? Math.max(extreme, x) : Math.min(extreme, x);
            }
            double next = high ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            int count = 0;
            for (double x : xs) {
                if (x == extreme) {
                    count++;
                } else {
                    next = high ? Math.max(next, x) : Math.min(next, x);
                }
            }
            if (clipped.size() + count > MAX_POINTS || Double.isInfinite(next)) {
                still = true;
                break;
            }
            for (int i = 0; i < xs.length; i++) {
                if (xs[i] == extreme) {
                    if (!clipped.contains(i)) {
                        clipped.add(i);
                        originals.add(xs[i]);
                    }
                    xs[i] = next;
                }
            }
            skew = Moments.skewness(xs);
            kurt = Moments.kurtosis(xs);
        }
        double[] orig = originals.stream().mapToDouble(Double::doubleValue).toArray();
        return new Outcome(List.copyOf(clipped), orig, still, skewBefore, kurtBefore, skew, kurt);
    }

    static String describe(Outcome o, double[] treated, List<String> codes) {
        StringBuilder sb = new StringBuilder();
        if (!o.clipped().isEmpty()) {
            sb.append(o.clipped().size()).append(o.clipped().size() == 1 ? " point clipped:" : " points clipped:");
            for (int k = 0; k < o.clipped().size(); k++) {
                int i = o.clipped().get(k);
                sb.append(k == 0 ? " " : ", ").append(codes == null ? "#" + i : codes.get(i)).append(' ')
                        .append(Values.display(o.originals()[k])).append(" -> ").append(Values.display(treated[i]));
            }
            sb.append("; ");
        }
        sb.append(String.format(Locale.ROOT, "skewness %.2f, kurtosis %.2f before; %.2f, %.2f after",
                o.skewBefore(), o.kurtosisBefore(), o.skewAfter(), o.kurtosisAfter()));
        if (o.stillSkewed()) {
            sb.append("; still beyond |skewness| 2 and kurtosis 3.5 within the ").append(MAX_POINTS)
                    .append("-point limit, left as is");
        }
        return sb.toString();
    }
}
