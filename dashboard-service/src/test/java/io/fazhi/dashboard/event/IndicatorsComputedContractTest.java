package io.fazhi.dashboard.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.fazhi.contracts.EventSchemas;
import io.fazhi.dashboard.readmodel.IndicatorsEventReader;

/** Reads indicator-service's golden IndicatorsComputed sample, which conforms to its schema, with this service's record. */
class IndicatorsComputedContractTest {

    private static final Path GOLDEN = Path.of("../indicator-service/src/test/resources/contracts/indicators-computed.json");

    @Test
    void readsTheProducersGoldenSample() throws Exception {
        IndicatorsEventReader reader = new IndicatorsEventReader(new ObjectMapper().registerModule(new JavaTimeModule()));
        String golden = Files.readString(GOLDEN);
        EventSchemas.assertConforms("IndicatorsComputed", golden);
        IndicatorsComputed event = reader.read(golden);
        assertThat(event.townshipCode()).isEqualTo("445322116");
        assertThat(event.reportVersion()).isEqualTo(1);
        assertThat(event.indicators()).hasSize(2);
        assertThat(event.indicators().get(0).direction()).isEqualTo("up");
        assertThat(event.indicators().get(0).value()).isEqualByComparingTo("7500");
        assertThat(event.indicators().get(0).perVillage()).isEqualByComparingTo("750");
        assertThat(event.indicators().get(1).perVillage()).isNull();
        assertThat(event.indicators().get(0).evidence().get(0).quote()).contains("7500余份");
    }
}
