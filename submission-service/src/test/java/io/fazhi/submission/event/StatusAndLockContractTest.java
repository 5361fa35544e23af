package io.fazhi.submission.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.contracts.EventSchemas;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * ReportStatusChanged and YearLockChanged as this service serializes them: exactly the golden samples the consumers
 * in service-commons test against, and conforming to their schemas in docs/schemas.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class StatusAndLockContractTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void aReportStatusChangeSerializesAsItsGoldenSample() throws Exception {
        ReportStatusChanged event = new ReportStatusChanged("0b6f1c2e-5d4a-4e8b-9f10-3c2d1e0f9a87",
                Instant.parse("2022-03-05T02:10:00Z"), ReportStatusChanged.SCHEMA_VERSION, 42L, "445322116", "历洞镇",
                2021, 1, "RETURNED", "请补充第一责任人履职情况", Instant.parse("2022-02-20T08:30:00Z"), false);
        assertSerializesAs(event, "ReportStatusChanged", "/contracts/report-status-changed.json");
    }

    @Test
    void aYearLockChangeSerializesAsItsGoldenSample() throws Exception {
        YearLockChanged event = new YearLockChanged("9d3e7a10-2b4c-4f6d-8e1a-5c7b9d0e2f34",
                Instant.parse("2022-04-01T01:00:00Z"), YearLockChanged.SCHEMA_VERSION, "445322", 2021, true, 1,
                "admin-445322", "2021年度法治政府建设考核结果发布");
        assertSerializesAs(event, "YearLockChanged", "/contracts/year-lock-changed.json");
    }

    private void assertSerializesAs(Object event, String schema, String golden) throws Exception {
        String json = mapper.writeValueAsString(event);
        EventSchemas.assertConforms(schema, json);
        try (InputStream sample = getClass().getResourceAsStream(golden)) {
            assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(sample));
        }
    }
}
