package io.fazhi.dashboard.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.dashboard.profiles.TownshipProfileView;

/**
 * A township across the years the read model holds: its place in the county's composite index each year, every
 * indicator as a line over the years with the latest year-over-year change, and its reports.
 */
public record ProfilePage(TownshipProfileView profile, int latestYear, List<Series> series, String charts) {

    /** One indicator over the years; {@code chartId} names its chart element. */
    public record Series(String key, String name, String dimensionName, String unit, String latest, String change,
            String chartId) {
    }

    static ProfilePage of(TownshipProfileView p, Map<String, String> names, ObjectMapper json) {
        List<String> years = p.years().stream().map(y -> String.valueOf(y.year())).toList();
        Map<String, TreeMap<Integer, TownshipProfileView.IndicatorPlace>> byKey = new TreeMap<>();
        for (TownshipProfileView.YearView y : p.years()) {
            y.indicators().forEach(i -> byKey.computeIfAbsent(i.key(), k -> new TreeMap<>()).put(y.year(), i));
        }
        List<Series> series = new ArrayList<>();
        Map<String, LineChart> charts = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, TreeMap<Integer, TownshipProfileView.IndicatorPlace>> e : byKey.entrySet()) {
            TownshipProfileView.IndicatorPlace last = e.getValue().lastEntry().getValue();
            List<Double> values = new ArrayList<>();
            for (TownshipProfileView.YearView y : p.years()) {
                TownshipProfileView.IndicatorPlace at = e.getValue().get(y.year());
                values.add(at == null ? null : at.value());
            }
            String id = "line-" + n++;
            String name = names.getOrDefault(e.getKey(), e.getKey());
            charts.put(id, new LineChart(name, last.unit(), years, values));
            series.add(new Series(e.getKey(), name, Labels.dimension(last.dimension()), last.unit(),
                    OverviewPage.number(last.value()) + (last.approx() ? "（约数）" : ""),
                    last.valueChange() == null ? "—" : (last.valueChange() > 0 ? "+" : "")
                            + OverviewPage.number(last.valueChange()), id));
        }
        return new ProfilePage(p, p.years().get(p.years().size() - 1).year(), series, ChartJson.of(json, charts));
    }
}
