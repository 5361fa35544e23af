/**
 * The ranking methodology of the dashboard, plain Java so that it tests in milliseconds. Entry point:
 * {@link io.fazhi.dashboard.ranking.RankingEngine}. Methodology version 2.0 makes these choices, each following the
 * OECD/JRC Handbook on Constructing Composite Indicators (2008), COINr, the WJP Rule of Law Index and, for what a report
 * does not state, the county assessment's convention (未报告、无佐证不得分):
 *
 * <ol>
 * <li><b>Unstated is not a stated zero.</b> A missing value is the absence of an observation; an explicit 0 is an
 * observation. What an unstated indicator counts for is the methodology's {@link io.fazhi.dashboard.ranking.MissingData}
 * rule: no credit (default: an unstated up indicator scores 0 after normalisation, an unstated down indicator is left
 * out of the township's mean), the peer group's median ({@link io.fazhi.dashboard.ranking.MissingValues}), or
 * aggregation over available data (1.1). Each is listed in the treatments with the townships it touched.</li>
 * <li><b>Index contents.</b> Indicators of the requested scope (one dimension, or all) with direction up or down, a
 * weight above 0 and at least one usable value; direction-none indicators are never part of an index. With
 * {@code indicatorCoverage} above 0, an indicator stated by fewer than that share of the area's townships is listed,
 * not indexed (handbook step 2). With {@code disclosure}, the disclosure dimension
 * ({@link io.fazhi.dashboard.ranking.Disclosure}) is computed and added.</li>
 * <li><b>Screening</b> applies only to aggregation over available data (COINr {@code Screen},
 * {@code dat_thresh = 0.66}): a township is ranked only when it reports at least the coverage threshold (default 2/3)
 * of the index's indicators; the others are listed as insufficient data with their coverage. Under the other rules
 * every township that submitted is ranked.</li>
 * <li><b>Outliers</b> (COINr {@code qTreat} defaults): where |skewness| &gt; 2 and excess kurtosis &gt; 3.5 (sample
 * statistics as Excel's SKEW and KURT), the most extreme value on the side of the skew is replaced by the next value,
 * repeatedly, at most 5 points; an indicator still failing is left as is and reported (no log transform).
 * Flags (kind {@code flag}, 0/1) are never winsorized: their minority value is a category, not an outlier (since 1.1;
 * in 1.0 a county where one township in five lacked a practice had that difference erased).</li>
 * <li><b>Normalisation to 0-100, higher is better</b>: min-max by default (down: (max - x) / (max - min)); z-score
 * mapped as 50 + 50 z / 3 clipped to 0..100 (population standard deviation); percentile (mid-rank - 1) / (n - 1);
 * fixed goalposts clip((x - L) / (U - L)) where configured, min-max elsewhere. An indicator on which every ranked
 * township has the same value scores <b>50</b> for all: neutral, and the value the z-score and percentile methods
 * give to a field of ties, so that such an indicator does not move ranks between methods.</li>
 * <li><b>Weights and aggregation</b> (WJP): arithmetic means, equal weights per indicator within a dimension and per
 * dimension within the index unless weights name a dimension or indicator. A township missing indicators is scored
 * on the present ones, their weights re-normalised within the dimension; a dimension with no value is left out and
 * the dimension weights re-normalised (handbook: aggregate over available data).</li>
 * <li><b>Ranks</b>: scores are rounded to two decimals and ranked on the rounded value (WJP), equal scores sharing a
 * rank (1, 2, 2, 4); each dimension's score is ranked the same way. Ranks are within the peer group
 * ({@link io.fazhi.dashboard.ranking.PeerGroup}: 街道, or 镇/乡) when asked, on the scores of the whole area.
 * Single-indicator rankings tie on exactly equal values.</li>
 * <li><b>Uncertainty</b>: N runs (default 500) of which run 0 is the baseline; each other run draws a normalisation
 * (the baseline's, min-max, z-score or percentile), every weight times U(0.5, 1.5), winsorising on or off, and
 * approximate values kept or treated as missing (a township whose every value is approximate keeps them; the set of
 * ranked townships is the baseline's). rankLow / medianRank / rankHigh are nearest-rank 5th, 50th and 95th
 * percentiles, widened to include the baseline rank. The seed is the first 8 bytes of the data hash and the
 * generator {@code java.util.Random}, whose sequence the Java specification fixes.</li>
 * <li><b>Reproducibility</b>: every result carries the methodology version and {@link
 * io.fazhi.dashboard.ranking.DataHash}, a SHA-256 over a canonical text of methodology, specs and observations.</li>
 * </ol>
 */
package io.fazhi.dashboard.ranking;
