package io.fazhi.indicator.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.fazhi.contracts.EventSchemas;
import io.fazhi.indicator.service.ReportEventReader;

/** Reads submission-service's golden ReportSubmitted sample, which conforms to its schema, with this service's record. */
class ReportSubmittedContractTest {

    private static final Path GOLDEN = Path.of("../submission-service/src/test/resources/contracts/report-submitted.json");

    @Test
    void readsTheProducersGoldenSample() throws Exception {
        ReportEventReader reader = new ReportEventReader(new ObjectMapper().registerModule(new JavaTimeModule()));
        String golden = Files.readString(GOLDEN);
        EventSchemas.assertConforms("ReportSubmitted", golden);
        ReportSubmitted event = reader.read(golden);
        assertThat(event.townshipCode()).isEqualTo("445322116");
        assertThat(event.year()).isEqualTo(2021);
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.reportId()).isEqualTo(42L);
        assertThat(event.submittedAt()).hasToString("2022-02-20T08:30:00Z");
        assertThat(event.text()).contains("7500余份");
    }
}
