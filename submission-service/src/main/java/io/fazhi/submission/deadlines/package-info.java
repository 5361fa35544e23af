/**
 * Submission deadlines of an area and year (the county's due date, {@code publishBy}), the policy that resolves the
 * deadline in force for a township, and its service behind {@code /api/v1/deadlines}.
 */
package io.fazhi.submission.deadlines;
