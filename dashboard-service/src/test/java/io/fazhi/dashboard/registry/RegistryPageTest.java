package io.fazhi.dashboard.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fazhi.dashboard.coverage.ExpectedTownship;

class RegistryPageTest {

    @Test
    void readsAPageOfTheRegistryIgnoringFieldsItDoesNotUse() throws IOException {
        String body;
        try (InputStream in = getClass().getResourceAsStream("/registry/townships-page.json")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        RegistryPage page = RegistryPage.parse(body);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.size()).isEqualTo(500);
        assertThat(page.items()).containsExactly(new ExpectedTownship("445322100", "都城镇", "镇"),
                new ExpectedTownship("445322116", "历洞镇", "镇"),
                new ExpectedTownship("445322401", "郁南县工业园", "other"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html>502 Bad Gateway</html>", "[]", "{\"items\": []}",
            "{\"items\": [{\"name\": \"历洞镇\"}], \"total\": 1}", "{\"items\": [{\"code\": \"4453\"}], \"total\": 1}"})
    void rejectsAnswersOfAnotherShape(String body) {
        assertThatThrownBy(() -> RegistryPage.parse(body)).isInstanceOf(RegistryPage.RegistryFormatException.class);
    }
}
