package io.fazhi.indicator.service;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reviewer's correction of one value of a report. {@code action}: confirm, correct, add or remove; {@code value}
 * for correct and add; {@code quote}: words of the report the correction rests on (kept across report versions while
 * the words stay); {@code reason}: why, in words the township will read.
 */
public record CorrectionRequest(
        @Schema(required = true, example = "publicity.events") String key,
        @Schema(required = true, enumeration = {"confirm", "correct", "add", "remove"}) String action,
        @Schema(example = "12") BigDecimal value,
        Boolean approx,
        @Schema(example = "全年开展普法宣传活动12次") String quote,
        @Schema(required = true, example = "报告写明12次，抽取为2次") String reason) {
}
