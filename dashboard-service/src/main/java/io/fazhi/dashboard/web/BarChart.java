package io.fazhi.dashboard.web;

import java.util.List;

/**
 * A horizontal bar chart, first bar on top: one bar per township in rank order, its label (rank and interval or
 * the value) and the page a click on it opens. charts.js draws it with ECharts' SVG renderer.
 */
record BarChart(String kind, String title, String unit, List<String> names, List<Double> values, List<String> labels,
        List<String> links) {

    BarChart(String title, String unit, List<String> names, List<Double> values, List<String> labels,
            List<String> links) {
        this("bars", title, unit, names, values, labels, links);
    }
}
