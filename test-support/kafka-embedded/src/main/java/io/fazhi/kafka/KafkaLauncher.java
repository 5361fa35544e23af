package io.fazhi.kafka;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the embedded broker as its own process for the local launcher.
 * Arguments: [port] [data directory]; defaults 9092 and ./data/kafka. Prints {@code KAFKA READY host:port}.
 */
public final class KafkaLauncher {

    private KafkaLauncher() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : Integer.getInteger("kafka.port", 9092);
        Path dir = Path.of(args.length > 1 ? args[1] : System.getProperty("kafka.dir", "data/kafka"));
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(port, dir).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "kafka-shutdown"));
        System.out.println("KAFKA READY " + broker.bootstrapServers());
        System.out.flush();
        stopped.await();
    }
}
