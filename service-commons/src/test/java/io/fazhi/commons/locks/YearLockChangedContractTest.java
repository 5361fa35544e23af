package io.fazhi.commons.locks;

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
 * The consumers read submission-service's golden YearLockChanged sample, which conforms to its schema, and refuse
 * exactly what the schema refuses: a payload without one of the required fields, or with an area that is no code.
 */
class YearLockChangedContractTest {

    private static final Path GOLDEN = Path.of("../submission-service/src/test/resources/contracts/year-lock-changed.json");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void readsTheProducersGoldenSample() throws Exception {
        String golden = Files.readString(GOLDEN);
        EventSchemas.assertConforms("YearLockChanged", golden);
        YearLockChanged change = YearLockConsumer.read(JSON, golden);
        assertThat(change.area()).isEqualTo("445322");
        assertThat(change.locked()).isTrue();
        assertThat(change.revision()).isEqualTo(1);
    }

    @Test
    void refusesWhatTheSchemaRefuses() throws Exception {
        ObjectNode golden = (ObjectNode) JSON.readTree(Files.readString(GOLDEN));
        for (String field : List.of("eventId", "occurredAt", "schemaVersion", "area", "year", "locked", "revision",
                "changedBy")) {
            String without = golden.deepCopy().without(field).toString();
            assertThat(EventSchemas.violations("YearLockChanged", without)).as(field).isNotEmpty();
            assertThatThrownBy(() -> YearLockConsumer.read(JSON, without)).as(field)
                    .isInstanceOf(UnreadableMessageException.class);
        }
        String badArea = golden.deepCopy().put("area", "44532").toString();
        assertThat(EventSchemas.violations("YearLockChanged", badArea)).isNotEmpty();
        assertThatThrownBy(() -> YearLockConsumer.read(JSON, badArea)).isInstanceOf(UnreadableMessageException.class);
    }
}
