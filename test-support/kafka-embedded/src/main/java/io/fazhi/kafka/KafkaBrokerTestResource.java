package io.fazhi.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts one real broker per test JVM and points the service under test at it.
 * The broker is exposed through {@link #broker()} so that tests can produce, consume, or stop it.
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedKafkaBroker broker;

    @Override
    public synchronized Map<String, String> start() {
        if (broker == null) {
            try {
                broker = new EmbeddedKafkaBroker(0, Files.createTempDirectory("fazhi-kafka")).start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
    }

    @Override
    public synchronized void stop() {
        if (broker != null) {
            broker.close();
            broker = null;
        }
    }

    public static synchronized EmbeddedKafkaBroker broker() {
        return broker;
    }
}
