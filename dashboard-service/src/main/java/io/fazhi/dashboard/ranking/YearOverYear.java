package io.fazhi.dashboard.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes against the previous year, in the current ranking's order, followed by townships only the previous year
 * has. Score changes of min-max or percentile indices compare positions within each year's field; only goalposts make
 * the scores themselves comparable across years.
 */
public final class YearOverYear {

    private YearOverYear() {
    }

    public static List<RankChange> composite(CompositeResult current, CompositeResult previous) {
        Map<String, Row> now = new LinkedHashMap<>();
        current.entries().forEach(e -> now.put(e.townshipCode(), new Row(e.township(), e.rank(), e.score())));
        Map<String, Row> before = new LinkedHashMap<>();
        previous.entries().forEach(e -> before.put(e.townshipCode(), new Row(e.township(), e.rank(), e.score())));
        return changes(now, before);
    }

    /** For one indicator, {@code score} being the value. */
    public static List<RankChange> indicator(List<RankedValue> current, List<RankedValue> previous) {
        Map<String, Row> now = new LinkedHashMap<>();
        current.forEach(v -> now.put(v.townshipCode(), new Row(v.township(), v.rank(), v.value())));
        Map<String, Row> before = new LinkedHashMap<>();
        previous.forEach(v -> before.put(v.townshipCode(), new Row(v.township(), v.rank(), v.value())));
        return changes(now, before);
    }

    private record Row(String township, Integer rank, Double score) {
    }

    private static List<RankChange> changes(Map<String, Row> now, Map<String, Row> before) {
        List<RankChange> out = new ArrayList<>();
        now.forEach((code, row) -> out.add(change(code, row, before.get(code))));
        before.forEach((code, row) -> {
            if (!now.containsKey(code)) {
                out.add(new RankChange(code, row.township(), null, row.rank(), null, null, row.score(), null));
            }
        });
        return List.copyOf(out);
    }

    private static RankChange change(String code, Row now, Row before) {
        Integer previousRank = before == null ? null : before.rank();
        Double previousScore = before == null ? null : before.score();
        Integer rankChange = now.rank() != null && previousRank != null ? previousRank - now.rank() : null;
        Double scoreChange = now.score() != null && previousScore != null
                ? BigDecimal.valueOf(now.score()).subtract(BigDecimal.valueOf(previousScore)).doubleValue() : null;
        return new RankChange(code, now.township(), now.rank(), previousRank, rankChange, now.score(), previousScore,
                scoreChange);
    }
}
