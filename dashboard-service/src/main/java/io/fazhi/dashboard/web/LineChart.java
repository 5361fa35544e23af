package io.fazhi.dashboard.web;

import java.util.List;

/** One indicator of a township across the years the read model holds (null where a year does not state it). */
record LineChart(String kind, String title, String unit, List<String> years, List<Double> values) {

    LineChart(String title, String unit, List<String> years, List<Double> values) {
        this("line", title, unit, years, values);
    }
}
