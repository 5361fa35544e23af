package io.fazhi.dashboard.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Ranks one indicator's observations by its direction: {@code UP} largest first, {@code DOWN} smallest first, ties
 * (exactly equal values) sharing a rank; {@code NONE} lists the values largest first without ranks.
 */
public final class IndicatorRanking {

    private IndicatorRanking() {
    }

    public static List<RankedValue> rank(List<Observation> observations, IndicatorSpec spec) {
        Objects.requireNonNull(spec, "spec");
        List<Observation> own = observations.stream().filter(o -> o.key().equals(spec.key())).toList();
        long distinctTownships = own.stream().map(Observation::townshipCode).distinct().count();
        if (distinctTownships != own.size()) {
            throw new IllegalArgumentException("more than one value per township for " + spec.key());
        }
        double sign = spec.direction() == Direction.DOWN ? -1 : 1;
        double[] merit = new double[own.size()];
        for (int i = 0; i < merit.length; i++) {
            merit[i] = sign * own.get(i).value() + 0.0; // + 0.0 folds -0.0 into 0.0 so that 0 ties with 0
        }
        int[] ranks = Ranks.descending(merit);
        List<RankedValue> out = new ArrayList<>(own.size());
        for (int i = 0; i < merit.length; i++) {
            Observation o = own.get(i);
            Integer rank = spec.ranked() ? ranks[i] : null;
            out.add(new RankedValue(rank, o.townshipCode(), o.township(), o.value(), o.approx()));
        }
        Comparator<RankedValue> order = spec.direction() == Direction.DOWN
                ? Comparator.comparingDouble(RankedValue::value)
                : Comparator.comparingDouble(RankedValue::value).reversed();
        out.sort(order.thenComparing(RankedValue::townshipCode));
        return List.copyOf(out);
    }
}
