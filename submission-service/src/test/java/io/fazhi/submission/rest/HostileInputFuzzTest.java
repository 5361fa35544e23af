package io.fazhi.submission.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fazhi.devtokens.TestTokens;
import io.fazhi.hostile.Barrage;
import io.fazhi.hostile.Documents;
import io.fazhi.hostile.HostileClient;
import io.fazhi.hostile.RegistryAttacks;
import io.fazhi.hostile.ReportAttacks;
import io.fazhi.hostile.Tally;
import io.fazhi.kafka.KafkaBrokerTestResource;
import io.fazhi.submission.intake.TestDocuments;
import io.fazhi.submission.repository.StoreDigest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * A generated suite of malformed requests against every write endpoint, sent as an administrator of the whole
 * country so that each one gets past authorization into parsing and validation. Every request is built to be
 * refused (a township no registry has, a year out of range, a body that cannot be read); every answer must be a
 * 4xx {@code application/problem+json}, never a 5xx, and the store must be byte for byte what it was. The seed of
 * each endpoint is fixed: a failure names the case number that reproduces it. The generators live in
 * test-support/hostile-input, which also sends them to a running suite.
 */
@QuarkusTest
@WithTestResource(value = KafkaBrokerTestResource.class, scope = TestResourceScope.GLOBAL)
class HostileInputFuzzTest {

    static final int CASES_PER_ENDPOINT = 1_200;

    /** Real documents (POI, PDFBox) for the generators to damage. */
    private static final Documents DOCUMENTS = new Documents() {
        @Override
        public byte[] docx(String text, List<String> rows) {
            return TestDocuments.docx(text, rows);
        }

        @Override
        public byte[] pdf(String text) {
            return TestDocuments.pdf(text);
        }
    };

    /** The write endpoints, each with its seed and its generator of hostile requests. */
    static Stream<Barrage> endpoints() {
        return Stream.of(new Barrage("SUBMIT_JSON", 0x5EED_0001L, ReportAttacks::reportJson),
                new Barrage("SUBMIT_MULTIPART", 0x5EED_0002L, h -> ReportAttacks.reportUpload(h, DOCUMENTS)),
                new Barrage("ADD_TOWNSHIP", 0x5EED_0003L, RegistryAttacks::townshipAddition),
                new Barrage("RENAME_TOWNSHIP", 0x5EED_0004L, RegistryAttacks::townshipRename),
                new Barrage("SET_DEADLINE", 0x5EED_0005L, RegistryAttacks::deadline),
                new Barrage("LOCK_YEAR", 0x5EED_0006L, RegistryAttacks::lock));
    }

    @TestHTTPResource("/")
    URL base;

    @Inject
    StoreDigest store;

    @ParameterizedTest
    @MethodSource("endpoints")
    void answersEveryMalformedRequestWith4xxProblemAndStoresNothing(Barrage endpoint) throws Exception {
        StoreDigest.Snapshot before = store.take();
        HostileClient client = new HostileClient(URI.create(base.toString()), TestTokens.countryAdmin());
        Tally tally = endpoint.fire(client, CASES_PER_ENDPOINT);
        System.out.print(tally.report());

        assertThat(tally.failures()).as("requests not answered with a 4xx problem").isEmpty();
        assertThat(store.take()).as("the store after %d hostile requests", CASES_PER_ENDPOINT).isEqualTo(before);
        assertThat(client.status("/q/health/live")).isEqualTo(200);
    }
}
