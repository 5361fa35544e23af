package io.fazhi.dashboard.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.fazhi.commons.status.ReportStatus;
import io.fazhi.commons.status.ReportStatuses;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.kafka.TopicProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * ReportStatusChanged over the real broker: the latest version's status is kept for coverage (a report counts once
 * submitted, extracted or not); an older version or a repeated event changes nothing; an unreadable one is parked.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class ReportStatusFlowTest {

    private static final String CODE = "445372101";

    @Inject
    ReportStatuses statuses;

    @Test
    void keepsTheLatestVersionsStatus() {
        TopicProbe probe = new TopicProbe(KafkaBrokerTestResource.broker().bootstrapServers());
        probe.send("fazhi.reports.status", CODE + ":2023", status("s1", 1, "SUBMITTED", "08:00"));
        probe.send("fazhi.reports.status", CODE + ":2023", status("s2", 1, "RETURNED", "09:00"));
        probe.send("fazhi.reports.status", CODE + ":2023", "{not json");
        probe.send("fazhi.reports.status", CODE + ":2023", status("s3", 2, "SUBMITTED", "10:00"));
        probe.send("fazhi.reports.status", CODE + ":2023", status("s2", 1, "RETURNED", "09:00")); // repeated
        probe.send("fazhi.reports.status", CODE + ":2023", status("s4", 2, "ACCEPTED", "11:00"));
        // one partition per key: once the last event is seen, every earlier one was handled
        await().atMost(Duration.ofSeconds(20)).until(() -> held() != null && "ACCEPTED".equals(held().status));
        probe.send("fazhi.reports.status", CODE + ":2023", status("s5", 1, "RETURNED", "12:00")); // older version
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> held().reportVersion == 2 && "ACCEPTED".equals(held().status));
        ReportStatus s = held();
        assertThat(s.reportVersion).isEqualTo(2);
        assertThat(s.status).isEqualTo("ACCEPTED");
        assertThat(probe.readAll("fazhi.reports.status.dlq")).extracting(TopicProbe.Message::value)
                .contains("{not json");
    }

    private ReportStatus held() {
        return QuarkusTransaction.requiringNew().call(() -> statuses.find(CODE, 2023).orElse(null));
    }

    private static String status(String id, int version, String status, String time) {
        return "{\"eventId\":\"status-" + id + "\",\"occurredAt\":\"2024-02-20T" + time + ":00Z\",\"schemaVersion\":1,"
                + "\"reportId\":" + (40 + version) + ",\"townshipCode\":\"" + CODE + "\",\"township\":\"测试镇\","
                + "\"year\":2023,\"version\":" + version + ",\"status\":\"" + status + "\",\"reason\":null,"
                + "\"submittedAt\":\"2024-02-20T08:00:00Z\",\"late\":false}";
    }
}
