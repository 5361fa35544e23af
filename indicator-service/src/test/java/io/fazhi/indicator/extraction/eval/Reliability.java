package io.fazhi.indicator.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.IndicatorValue;
import io.fazhi.indicator.extraction.Quantity;

/**
 * How often the engine is right at each level of its stated confidence: keyed quantities (right when a labelled
 * mention overlapping it has its key) and indicator values (right when key, value and approx agree with the
 * label), in three bands: 0.9 and over, 0.7 to 0.9 (needs no review), under 0.7 (needsReview).
 */
public final class Reliability {

    static final double[] BANDS = {0.9, 0.7, 0.0};

    private final int[][] quantities = new int[BANDS.length][2];
    private final int[][] values = new int[BANDS.length][2];

    void add(JsonNode gold, ExtractionResult r) {
        for (Quantity q : r.quantities()) {
            if (q.key() != null) {
                tally(quantities, q.confidence(), keyedRight(gold, q));
            }
        }
        for (IndicatorValue v : r.indicators()) {
            tally(values, v.confidence(), valueRight(gold, v));
        }
    }

    /** Share right among keyed quantities with confidence at or over {@code min}. */
    public double quantityPrecisionAtOrOver(double min) {
        return precision(quantities, min);
    }

    public double valuePrecisionAtOrOver(double min) {
        return precision(values, min);
    }

    void print() {
        System.out.println("reliability: of the values with confidence in a band, the share that is right");
        System.out.println("  band        keyed quantities       indicator values");
        String[] names = {">= 0.9", "0.7-0.9", "< 0.7"};
        for (int b = 0; b < BANDS.length; b++) {
            System.out.printf("  %-10s %s   %s%n", names[b], cell(quantities[b]), cell(values[b]));
        }
    }

    private static String cell(int[] c) {
        return c[1] == 0 ? String.format("%-20s", "-") : String.format("%5.1f%% (%3d of %3d)", 100.0 * c[0] / c[1], c[0], c[1]);
    }

    private static double precision(int[][] t, double min) {
        int right = 0;
        int all = 0;
        for (int b = 0; b < BANDS.length; b++) {
            if (BANDS[b] >= min) {
                right += t[b][0];
                all += t[b][1];
            }
        }
        return all == 0 ? 1.0 : (double) right / all;
    }

    private static void tally(int[][] t, Double confidence, boolean right) {
        double c = confidence == null ? 0 : confidence;
        int b = 0;
        while (c < BANDS[b]) {
            b++;
        }
        t[b][0] += right ? 1 : 0;
        t[b][1]++;
    }

    static boolean keyedRight(JsonNode gold, Quantity q) {
        for (JsonNode g : gold.get("quantities")) {
            if (q.start() < g.get("end").asInt() && g.get("start").asInt() < q.end() && q.key().equals(g.get("key").asText())) {
                return true;
            }
        }
        return false;
    }

    static boolean valueRight(JsonNode gold, IndicatorValue v) {
        for (JsonNode g : gold.get("indicators")) {
            if (Scoring.valueAgrees(g, v)) {
                return true;
            }
        }
        return false;
    }
}
