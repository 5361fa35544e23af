package io.fazhi.dashboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.dashboard.service.CompositeRankingView;
import io.fazhi.dashboard.service.CoverageView;

/**
 * The county overview of an area and year: coverage and timeliness (null with the reason when the registry cannot
 * be reached), the composite ranking as a chart and a table with each township's rank interval and dimension
 * scores, and the methodology in words.
 */
public record OverviewPage(String area, int year, CompositeRankingView ranking, CoverageView coverage,
        String coverageUnavailable, List<String> dimensions, List<String> dimensionNames, List<Row> rows,
        List<String> methodology, List<Named> indicators, String chart, int chartHeight) {

    /** An indicator with its name from the catalog (its key while the catalog cannot be read). */
    public record Named(String key, String name) {
    }

    /** One township of the ranking table. */
    public record Row(String rank, String townshipCode, String township, String score, String interval,
            List<String> dimensionScores, String peerGroup, boolean insufficient, String link) {
    }

    static OverviewPage of(CompositeRankingView r, CoverageView coverage, String coverageUnavailable,
            Map<String, String> names, ObjectMapper json) {
        List<String> dimensions = new ArrayList<>();
        r.indicators().forEach(i -> {
            if (!dimensions.contains(i.dimension()) && i.weight() > 0) {
                dimensions.add(i.dimension());
            }
        });
        List<Row> rows = new ArrayList<>();
        List<String> bars = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> links = new ArrayList<>();
        for (CompositeRankingView.Entry e : r.entries()) {
            String link = "/ui/townships/" + e.townshipCode() + "/" + r.year();
            String interval = e.rankLow() == null ? "—" : e.rankLow() + "–" + e.rankHigh();
            List<String> cells = dimensions.stream().map(d -> number(e.dimensionScores().get(d))).toList();
            rows.add(new Row(e.rank() == null ? "—" : String.valueOf(e.rank()), e.townshipCode(), e.township(),
                    number(e.score()), interval, cells, e.peerGroup(), e.insufficientData(), link));
            if (!e.insufficientData() && e.rank() != null) {
                bars.add(e.township());
                scores.add(e.score());
                labels.add("第" + e.rank() + "名" + (e.rankLow() == null ? "" : "（" + interval + "）"));
                links.add(link);
            }
        }
        BarChart chart = new BarChart("综合指数（0–100）", "分", bars, scores, labels, links);
        List<Named> indicators = r.indicators().stream().filter(i -> i.weight() > 0)
                .map(i -> new Named(i.key(), names.getOrDefault(i.key(), i.key()))).toList();
        return new OverviewPage(r.area(), r.year(), r, coverage, coverageUnavailable, dimensions,
                dimensions.stream().map(Labels::dimension).toList(), rows, methodology(r), indicators,
                ChartJson.of(json, chart), 60 + 34 * bars.size());
    }

    private static List<String> methodology(CompositeRankingView r) {
        CompositeRankingView.MethodologyView m = r.methodology();
        List<String> out = new ArrayList<>();
        out.add("归一化：" + Labels.method(m.method()) + "。");
        out.add("权重：" + weights(m.weights()) + "。");
        out.add("缺失数据：" + Labels.missing(m.missing()) + "。");
        out.add("指标纳入：至少 " + percent(m.indicatorCoverage()) + " 的乡镇报告了的指标才计入指数。");
        out.add(m.disclosure() ? "信息披露：报告陈述了多少项指标单列为一个维度。" : "信息披露：不单列维度。");
        out.add(m.winsorize() ? "极端值：按规则缩尾处理。" : "极端值：不缩尾。");
        out.add(m.includeApprox() ? "“余”“多”等约数按所报数值计入。" : "“余”“多”等约数不计入。");
        if (r.uncertainty() != null) {
            out.add("名次区间：" + r.uncertainty().runs() + " 次蒙特卡洛模拟（改变归一化方法与权重）的第 5–95 百分位名次；"
                    + percent(r.uncertainty().shareWithinThreePositions()) + " 的乡镇区间在 3 个名次以内。");
        }
        out.add("方法版本 " + r.methodologyVersion() + "，数据指纹 " + r.dataHash().substring(0, 12) + "。");
        return out;
    }

    private static String weights(Map<String, Double> weights) {
        List<String> parts = new ArrayList<>();
        weights.forEach((k, w) -> parts.add(Labels.dimension(k) + " " + number(w)));
        return parts.isEmpty() ? "各维度等权，维度内各指标等权" : String.join("，", parts) + "（维度内各指标等权）";
    }

    static String number(Double x) {
        if (x == null) {
            return "—";
        }
        return String.format(Locale.ROOT, "%.2f", x).replaceAll("\\.?0+$", "");
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
