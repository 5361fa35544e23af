/**
 * The read model kept current by IndicatorsComputed: reading an event ({@code IndicatorsEventReader}), applying it or
 * holding it while its year is locked ({@code ReadModelUpdater}), and the change it announces to the caches
 * ({@code ReadModelChanged}).
 */
package io.fazhi.dashboard.readmodel;
