package io.fazhi.dashboard.readmodel;

/**
 * Fired in the transaction that changed a township's year in the read model; observed once it commits, so that held
 * rankings of this replica are re-checked at once instead of at the next revalidation.
 */
public record ReadModelChanged(String townshipCode, int year) {
}
