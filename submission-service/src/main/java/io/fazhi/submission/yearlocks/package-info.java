/**
 * Locking and unlocking an area's report year ({@code /api/v1/locks}): the service that records each change and
 * publishes {@code YearLockChanged} through the outbox, and its views.
 */
package io.fazhi.submission.yearlocks;
