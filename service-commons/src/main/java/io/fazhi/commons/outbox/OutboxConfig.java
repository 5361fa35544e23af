package io.fazhi.commons.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service's outbox relay talks to the broker. */
@ConfigMapping(prefix = "fazhi.outbox")
public interface OutboxConfig {

    /** Build-time switch: a service that publishes nothing turns the relay off. */
    @WithDefault("true")
    boolean enabled();

    /** Rows published per relay transaction. */
    @WithDefault("100")
    int batchSize();

    /** How often the relay looks for unpublished rows besides the wake-up on commit (read by the relay's schedule). */
    @WithDefault("1s")
    String interval();

    /** How long the relay waits for the broker to acknowledge a batch. */
    @WithDefault("10000")
    int ackTimeoutMillis();
}
