package io.fazhi.commons.outbox;

import java.util.List;


/** Sends outbox rows to the broker; implemented by the messaging layer. */
public interface EventPublisher {

    /**
     * Sends the rows in order and returns how many leading rows the broker acknowledged.
     * Stops at the first failure, so that what is not acknowledged stays in the outbox.
     */
    int publish(List<OutboxEvent> events);
}
