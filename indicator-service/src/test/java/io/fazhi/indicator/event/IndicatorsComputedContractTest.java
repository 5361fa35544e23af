package io.fazhi.indicator.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.fazhi.contracts.EventSchemas;
import io.fazhi.indicator.event.IndicatorsComputed.ComputedIndicator;
import io.fazhi.indicator.event.IndicatorsComputed.Quote;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The golden sample is what dashboard-service tests against: this service must serialize exactly so, conforming to
 * docs/schemas/IndicatorsComputed.schema.json.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class IndicatorsComputedContractTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void serializesExactlyAsTheGoldenSample() throws Exception {
        Map<String, Object> structure = new LinkedHashMap<>();
        structure.put("structure.measures", true);
        structure.put("structure.completeness", 25.0);
        IndicatorsComputed event = new IndicatorsComputed("6a0e3c54-3f7d-4f0e-8a51-2b9d0c1e7f33",
                Instant.parse("2022-02-20T08:30:02Z"), 1, "445322116", "历洞镇", "445322", "郁南县", 2021, 42L, 1,
                Instant.parse("2022-02-20T08:30:00Z"), false, "2.0.0+catalog.2", Instant.parse("2022-02-20T08:30:02Z"),
                List.of(new ComputedIndicator("publicity.materials", new BigDecimal("7500"), true, "份", "count", "up",
                                "publicity", new BigDecimal("750"), List.of(new Quote("印发普法宣传资料7500余份。", 13, 19)), 0.95,
                                List.of("one statement", "cue 资料 right before the number"), false, "machine", null),
                        new ComputedIndicator("decision.legal_adviser", BigDecimal.ONE, false, null, "flag", "up",
                                "decision", null, List.of(), null, List.of("reviewed: 聘请法律顾问 is stated"), false,
                                "reviewed", "admin-445322")),
                Map.of("decision.legal_adviser", true), structure);
        String json = mapper.writeValueAsString(event);
        EventSchemas.assertConforms("IndicatorsComputed", json);
        try (InputStream golden = getClass().getResourceAsStream("/contracts/indicators-computed.json")) {
            assertThat(mapper.readTree(json)).isEqualTo(mapper.readTree(golden));
        }
    }
}
