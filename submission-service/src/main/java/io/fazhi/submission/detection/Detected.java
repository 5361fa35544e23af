package io.fazhi.submission.detection;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A value read from the report: {@code strong} when it comes from the title or heading lines (a given field that
 * disagrees is a contradiction), weak when only the body suggests it (used only when the field is not given).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Detected<T>(T value, String code, boolean strong, Evidence evidence) {
}
