package io.fazhi.submission.yearlocks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why an area's year is locked (optional) or unlocked (required: an unlock reopens published figures). */
public record LockDecision(@Schema(example = "2024年度法治政府建设考核结果发布") String reason) {
}
