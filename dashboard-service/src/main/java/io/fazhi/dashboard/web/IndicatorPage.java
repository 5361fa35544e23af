package io.fazhi.dashboard.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.dashboard.service.IndicatorRankingView;

/**
 * One indicator's ranking of an area and year: direction, ties (并列), approximate values (约数) marked, the change
 * against the previous year, the CSV of the same ranking, and a click from a value to the words it was read from: in
 * the report's text for whoever may read it (its township, county administrators), else beside the value.
 */
public record IndicatorPage(IndicatorRankingView ranking, String name, String dimensionName, String directionName,
        List<Row> rows, String csv, String chart, int chartHeight) {

    /** One township's line. */
    public record Row(String rank, boolean tied, String townshipCode, String township, String value, boolean approx,
            String change, String evidence) {
    }

    static IndicatorPage of(IndicatorRankingView r, String name, java.util.function.Predicate<String> readsReportOf,
            ObjectMapper json) {
        Map<Integer, Integer> perRank = new HashMap<>();
        r.entries().forEach(e -> {
            if (e.rank() != null) {
                perRank.merge(e.rank(), 1, Integer::sum);
            }
        });
        List<Row> rows = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (IndicatorRankingView.Entry e : r.entries()) {
            String evidence = readsReportOf.test(e.townshipCode())
                    ? "/ui/townships/" + e.townshipCode() + "/" + r.year() + "/report#k-" + r.indicator()
                    : "/ui/townships/" + e.townshipCode() + "/" + r.year() + "#v-" + r.indicator();
            String value = OverviewPage.number(e.value()) + (r.unit() == null ? "" : " " + r.unit());
            Integer change = e.change().rankChange();
            rows.add(new Row(e.rank() == null ? "—" : String.valueOf(e.rank()),
                    e.rank() != null && perRank.get(e.rank()) > 1, e.townshipCode(), e.township(), value, e.approx(),
                    change == null ? "—" : change > 0 ? "↑" + change : change < 0 ? "↓" + (-change) : "持平",
                    evidence));
            names.add(e.township());
            values.add(e.value());
            labels.add((e.approx() ? "约 " : "") + value);
            links.add(evidence);
        }
        String csv = "/api/v1/rankings?area=" + r.area() + "&year=" + r.year() + "&indicator=" + r.indicator()
                + "&format=csv";
        return new IndicatorPage(r, name, Labels.dimension(r.dimension()), Labels.direction(r.direction()), rows, csv,
                ChartJson.of(json, new BarChart(name, r.unit(), names, values, labels, links)),
                60 + 34 * names.size());
    }
}
