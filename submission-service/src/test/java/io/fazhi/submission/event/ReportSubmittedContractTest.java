package io.fazhi.submission.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.contracts.EventSchemas;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The golden sample is what consumers test against: the producer's serialization must match it exactly and conform
 * to docs/schemas/ReportSubmitted.schema.json.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class ReportSubmittedContractTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void serializesExactlyAsTheGoldenSample() throws Exception {
        Instant at = Instant.parse("2022-02-20T08:30:00Z");
        ReportSubmitted event = new ReportSubmitted("3f1c2a7e-8b6d-4c1e-9a52-0d4b7c9e1f20", at, 1, 42L, "445322116",
                "历洞镇", "445322", "郁南县", 2021, 1, "郁南县历洞镇2021年度法治政府建设报告",
                "9b2f6a0c1d3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c", at, false,
                "2021年，我镇开展普法宣传活动6次，印发普法宣传资料7500余份。");
        String json = mapper.writeValueAsString(event);
        EventSchemas.assertConforms("ReportSubmitted", json);
        JsonNode produced = mapper.readTree(json);
        try (InputStream golden = getClass().getResourceAsStream("/contracts/report-submitted.json")) {
            assertThat(produced).isEqualTo(mapper.readTree(golden));
        }
    }
}
