package io.fazhi.dashboard.repository;

/**
 * The version of an area's read model for some years: row count and the sum of the rows' revisions, and the sum of
 * the revisions of the year locks over or inside the area and of the area's report statuses (which decide what an
 * area that publishes accepted values only shows). Every applied event, lock and status change raises a sum,
 * whatever the order in which transactions commit, so equal versions mean equal data under the same locks.
 */
public record DataVersion(long rows, long revisions, long lockRevisions, long statusRevisions) {
}
