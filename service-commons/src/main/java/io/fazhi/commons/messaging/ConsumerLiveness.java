package io.fazhi.commons.messaging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Liveness of the service's consumers: a consumer thread that died leaves the service up but deaf to its topic,
 * which only a restart mends, so the liveness probe reports it. Inject it with its {@code @Liveness} qualifier.
 */
@Liveness
@ApplicationScoped
public class ConsumerLiveness implements HealthCheck {

    private final List<ReliableConsumer> consumers = new CopyOnWriteArrayList<>();

    public void watch(ReliableConsumer consumer) {
        consumers.add(consumer);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-consumers").up();
        for (ReliableConsumer consumer : consumers) {
            response.withData(consumer.topic(), consumer.isAlive() ? "consuming" : "dead");
            if (!consumer.isAlive()) {
                response.down();
            }
        }
        return response.build();
    }
}
