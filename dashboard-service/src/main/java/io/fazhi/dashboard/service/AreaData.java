package io.fazhi.dashboard.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.fazhi.dashboard.ranking.Direction;
import io.fazhi.dashboard.ranking.Goalposts;
import io.fazhi.dashboard.ranking.IndicatorSpec;
import io.fazhi.dashboard.ranking.Observation;
import io.fazhi.dashboard.repository.ReadingRow;

/**
 * The read model of an area and year as the ranking engine takes it: observations, and one spec per indicator key
 * from the catalog facts the events carried. Rates and flags get their natural goalposts (0-100 and 0-1), used only
 * when {@code method=goalposts} is asked for; counts have none and fall back to min-max. {@code publication} names
 * the townships withheld where the area publishes accepted values only (null elsewhere).
 */
public record AreaData(String area, int year, List<Observation> observations, List<IndicatorSpec> specs,
        Map<String, String> units, PublicationView publication) {

    static final Goalposts RATE_GOALPOSTS = new Goalposts(0, 100);
    static final Goalposts FLAG_GOALPOSTS = new Goalposts(0, 1);

    public static AreaData of(String area, int year, List<ReadingRow> rows) {
        return of(area, year, rows, null);
    }

    /** With the publication rule the rows were filtered by (null where the area publishes every value). */
    public static AreaData of(String area, int year, List<ReadingRow> rows, PublicationView publication) {
        List<Observation> observations = new ArrayList<>(rows.size());
        Map<String, IndicatorSpec> specs = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (ReadingRow r : rows) {
            observations.add(new Observation(r.townshipCode(), r.township(), r.key(), r.value().doubleValue(),
                    r.approx()));
            // rows come by township code: the first township's catalog facts win, the same on every replica
            specs.computeIfAbsent(r.key(), k -> spec(r));
            if (r.unit() != null) {
                units.putIfAbsent(r.key(), r.unit());
            }
        }
        return new AreaData(area, year, List.copyOf(observations), List.copyOf(specs.values()), Map.copyOf(units),
                publication);
    }

    /** How many townships the observations are of (they come by township code). */
    public int townships() {
        int count = 0;
        String last = null;
        for (Observation o : observations) {
            if (!o.townshipCode().equals(last)) {
                count++;
                last = o.townshipCode();
            }
        }
        return count;
    }

    public boolean isEmpty() {
        return observations.isEmpty();
    }

    private static IndicatorSpec spec(ReadingRow r) {
        Goalposts goalposts = switch (r.kind()) {
            case "rate" -> RATE_GOALPOSTS;
            case "flag" -> FLAG_GOALPOSTS;
            default -> null;
        };
        return new IndicatorSpec(r.key(), r.dimension(), Direction.of(r.direction()), r.kind(), goalposts);
    }
}
