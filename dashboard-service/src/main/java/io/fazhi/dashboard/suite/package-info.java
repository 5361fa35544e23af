/**
 * Calls to the other services of the suite over HTTP (decision 0010): the township registry and report texts of
 * submission-service ({@code TownshipRegistryClient}, {@code ReportTextClient}, {@code SuiteClient}), and what is
 * thrown when they cannot be reached.
 */
package io.fazhi.dashboard.suite;
