package io.fazhi.indicator.event;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Published to {@code fazhi.indicators.computed} (key {@code townshipCode:year}) when a report version was read.
 * {@code indicators} lists every value with its catalog kind, direction and dimension (flags and structure parts as
 * 1 or 0), so that consumers need no copy of the catalog. Golden sample: src/test/resources/contracts/indicators-computed.json.
 */
public record IndicatorsComputed(String eventId, Instant occurredAt, int schemaVersion, String townshipCode,
        String township, String countyCode, String county, int year, long reportId, int reportVersion,
        Instant submittedAt, boolean late, String extractorVersion, Instant computedAt,
        List<ComputedIndicator> indicators, Map<String, Boolean> flags, Map<String, Object> structure) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "IndicatorsComputed";

    public String key() {
        return townshipCode + ":" + year;
    }

    /**
     * One value with what a ranking needs to know of it; {@code perVillage} is the value divided by the township's
     * villages for count indicators when the report states them, else null. {@code confidence} (0–1) and
     * {@code reasons} say how sure the extractor is of a count, amount or rate and why; {@code needsReview} marks
     * those below its review threshold. Flags and structure parts carry no confidence (null). {@code source} is
     * {@code machine} (the extractor's value) or {@code reviewed} (a county reviewer confirmed, corrected or added
     * it; {@code reviewedBy} names the reviewer, and the reviewer's value wins over the machine's).
     */
    public record ComputedIndicator(String key, BigDecimal value, boolean approx, String unit, String kind,
            String direction, String dimension, BigDecimal perVillage, List<Quote> evidence, Double confidence,
            List<String> reasons, boolean needsReview, String source, String reviewedBy) {

        public static final String MACHINE = "machine";
        public static final String REVIEWED = "reviewed";

        public ComputedIndicator withConfidence(Double c, List<String> why, boolean review) {
            return new ComputedIndicator(key, value, approx, unit, kind, direction, dimension, perVillage, evidence, c,
                    why, review, source, reviewedBy);
        }

        /** The value as a reviewer set it: no longer in need of review, the reviewer's words as its reason. */
        public ComputedIndicator reviewed(BigDecimal newValue, boolean newApprox, List<Quote> newEvidence,
                String reviewer, String reason) {
            return new ComputedIndicator(key, newValue, newApprox, unit, kind, direction, dimension,
                    newValue.equals(value) ? perVillage : null, newEvidence, null, List.of("reviewed: " + reason),
                    false, REVIEWED, reviewer);
        }
    }

    /** Words of the report behind a value, with UTF-16 offsets into the submitted text. */
    public record Quote(String quote, int start, int end) {
    }
}
