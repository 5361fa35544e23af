package io.fazhi.indicator.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * One thing in a county's review queue. {@code why}: {@code words-vanished} (a correction whose cited words are not
 * in the township's new report version), a data-quality rule ({@code outlier}, {@code rate-over-100},
 * {@code year-over-year}, {@code villages-out-of-range}, {@code per-village-outlier}; {@code reasons} says what the value was compared with), {@code changed-by-new-version}
 * (the machine's value differs from the previous report version's, or one of them does not state it; {@code value}
 * null when the new version dropped it) or {@code low-confidence} (the extractor marked the value needsReview).
 * {@code rankShift} orders the queue, highest first: how many of the {@code townshipsStating} other townships the
 * value could pass on the indicator's ranking if it were replaced by its alternative (the median of the others for
 * an outlier, the previous year's value, the reviewer's value for a correction whose words vanished, the previous
 * version's value, 100 for a rate over 100, not stated for a low-confidence value); 0 for an unranked indicator.
 * Then {@code weight}: 1 for a correction that no longer applies, 0.8-1 for a broken rule, 0.6 for a value a new
 * version changed, 1 − confidence for a low-confidence value.
 */
public record ReviewItem(String townshipCode, String township, int year, int reportVersion, String key, String why,
        BigDecimal value, Double confidence, double weight, int rankShift, int townshipsStating, Long correctionId,
        List<String> reasons) {
}
