package io.fazhi.submission.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A county's decision on a report version: why it is returned (required) or accepted (optional). */
public record ReportDecision(@Schema(example = "请补充第一责任人履职情况") String reason) {
}
