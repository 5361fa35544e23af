package io.fazhi.commons.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.fazhi.commons.messaging.UnreadableMessageException;
import io.fazhi.contracts.EventSchemas;

/**
 * The consumers read submission-service's golden ReportStatusChanged sample, which conforms to its schema, and refuse
 * exactly what the schema refuses: a payload without one of the schema's required fields is parked.
 */
class ReportStatusChangedContractTest {

    private static final Path GOLDEN = Path.of("../submission-service/src/test/resources/contracts/report-status-changed.json");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void readsTheProducersGoldenSample() throws Exception {
        String golden = Files.readString(GOLDEN);
        EventSchemas.assertConforms("ReportStatusChanged", golden);
        ReportStatusChanged change = ReportStatusConsumer.read(JSON, golden);
        assertThat(change.townshipCode()).isEqualTo("445322116");
        assertThat(change.status()).isEqualTo("RETURNED");
        assertThat(change.submittedAt()).hasToString("2022-02-20T08:30:00Z");
    }

    @Test
    void refusesWhatTheSchemaRefuses() throws Exception {
        ObjectNode golden = (ObjectNode) JSON.readTree(Files.readString(GOLDEN));
        for (String field : List.of("eventId", "occurredAt", "schemaVersion", "reportId", "townshipCode", "township",
                "year", "version", "status", "submittedAt", "late")) {
            String without = golden.deepCopy().without(field).toString();
            assertThat(EventSchemas.violations("ReportStatusChanged", without)).as(field).isNotEmpty();
            assertThatThrownBy(() -> ReportStatusConsumer.read(JSON, without)).as(field)
                    .isInstanceOf(UnreadableMessageException.class);
        }
        String badCode = golden.deepCopy().put("townshipCode", "4453").toString();
        assertThat(EventSchemas.violations("ReportStatusChanged", badCode)).isNotEmpty();
        assertThatThrownBy(() -> ReportStatusConsumer.read(JSON, badCode)).isInstanceOf(UnreadableMessageException.class);
    }
}
