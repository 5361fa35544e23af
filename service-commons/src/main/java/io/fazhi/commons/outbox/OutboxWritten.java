package io.fazhi.commons.outbox;

/** Fired in the transaction that enqueued an event; observed once that transaction commits, to wake the relay. */
public record OutboxWritten(String topic) {
}
