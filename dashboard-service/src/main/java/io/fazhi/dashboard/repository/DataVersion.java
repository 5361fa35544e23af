package io.fazhi.dashboard.repository;

/**
 * The version of an area's read model for some years: row count and the sum of the rows' revisions. Every applied
 * event raises the sum, whatever the order in which transactions commit, so equal versions mean equal data.
 */
public record DataVersion(long rows, long revisions) {
}
