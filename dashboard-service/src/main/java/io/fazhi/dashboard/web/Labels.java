package io.fazhi.dashboard.web;

import java.util.Map;

/** The Chinese words the pages use for the catalog's dimensions and the methodology's choices. */
final class Labels {

    private static final Map<String, String> DIMENSIONS = Map.of(
            "leadership", "党的领导与组织保障", "capacity", "干部学法用法", "decision", "依法决策",
            "enforcement", "严格规范公正文明执法", "disputes", "矛盾纠纷化解与监督", "publicity", "普法宣传",
            "services", "公共法律服务", "structure", "报告法定内容", "profile", "基本情况",
            "disclosure", "信息披露");

    private Labels() {
    }

    static String dimension(String key) {
        return key == null ? "综合指数" : DIMENSIONS.getOrDefault(key, key);
    }

    static String direction(String direction) {
        return switch (direction == null ? "" : direction) {
            case "up" -> "越高越好";
            case "down" -> "越低越好";
            default -> "不排名（仅作参考）";
        };
    }

    static String method(String method) {
        return switch (method) {
            case "minmax" -> "最小-最大值归一化：每项指标在本区域内线性换算为 0–100 分";
            case "zscore" -> "标准分（z-score）归一化";
            case "percentile" -> "百分位归一化";
            case "goalposts" -> "固定目标值归一化（比率 0–100，是否类 0–1）";
            default -> method;
        };
    }

    static String missing(String missing) {
        return switch (missing) {
            case "nocredit" -> "报告未提及的正向指标计 0 分（不因少报而得分）";
            case "impute" -> "报告未提及的指标按本区域中位数估算";
            case "available" -> "只用报告提及的指标计算，提及不足的乡镇不排名";
            default -> missing;
        };
    }
}
