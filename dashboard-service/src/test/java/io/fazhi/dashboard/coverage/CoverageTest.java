package io.fazhi.dashboard.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageTest {

    /**
     * expected: registry codes; reports: code:late(+version) ; then the counts and lists a county office would check.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "all on time          | 101 102 103 | 101:n 102:n 103:n | 3 | 3 | 3 | 0 | 0 | 0 | -        | -       | 1.0   | 1.0",
            "one late one missing | 101 102 103 | 101:n 102:y       | 3 | 2 | 1 | 1 | 1 | 0 | 103      | 102     | 0.6667 | 0.3333",
            "nothing submitted    | 101 102     | -                 | 2 | 0 | 0 | 0 | 2 | 0 | 101 102  | -       | 0.0   | 0.0",
            "stranger not counted | 101         | 101:y 199:n       | 1 | 1 | 0 | 1 | 0 | 1 | -        | 101     | 1.0   | 0.0",
            "empty registry       | -           | 101:n             | 0 | 0 | 0 | 0 | 0 | 1 | -        | -       |       | ",
            "duplicate expected   | 101 101 102 | 102:n             | 2 | 1 | 1 | 0 | 1 | 0 | 101      | -       | 0.5   | 0.5",
            "later version wins   | 101         | 101:y:1 101:n:2   | 1 | 1 | 1 | 0 | 0 | 0 | -        | -       | 1.0   | 1.0"})
    void countsExpectedSubmittedOnTimeLateAndMissing(String name, String expected, String reports, int nExpected,
            int nSubmitted, int nOnTime, int nLate, int nMissing, int nStrangers, String missing, String late,
            Double reportingRate, Double onTimeRate) {
        CoverageReport r = Coverage.compute(expected(expected), submissions(reports));
        assertThat(List.of(r.expected(), r.submitted(), r.onTime(), r.late(), r.missing(), r.notInRegistry()))
                .containsExactly(nExpected, nSubmitted, nOnTime, nLate, nMissing, nStrangers);
        assertThat(r.missingTownships().stream().map(t -> t.code().substring(6)).toList()).isEqualTo(codes(missing));
        assertThat(r.lateTownships().stream().map(t -> t.code().substring(6)).toList()).isEqualTo(codes(late));
        assertThat(r.reportingRate()).isEqualTo(reportingRate);
        assertThat(r.onTimeRate()).isEqualTo(onTimeRate);
        assertThat(r.submitted()).isEqualTo(r.onTime() + r.late());
        assertThat(r.expected()).isEqualTo(r.submitted() + r.missing());
    }

    @Test
    void countsTheCountysDecisionsAndTheReportsNotYetExtracted() {
        Instant at = Instant.parse("2024-02-20T08:30:00Z");
        CoverageReport r = Coverage.compute(expected("101 102 103 104"), List.of(
                new Submission("445322101", "镇101", 2, at, false, Submission.RETURNED, true),
                new Submission("445322102", "镇102", 1, at, true, Submission.ACCEPTED, true),
                new Submission("445322103", "镇103", 1, at, false, "SUBMITTED", false)));
        assertThat(r.submitted()).isEqualTo(3);
        assertThat(r.returned()).isEqualTo(1);
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.awaitingExtraction()).isEqualTo(1);
        assertThat(r.returnedTownships()).extracting(Submission::code).containsExactly("445322101");
        assertThat(r.awaitingExtractionTownships()).extracting(Submission::code).containsExactly("445322103");
        assertThat(r.missingTownships()).extracting(ExpectedTownship::code).containsExactly("445322104");
    }

    private static List<String> codes(String list) {
        return list.equals("-") ? List.of() : Arrays.asList(list.split(" "));
    }

    private static List<ExpectedTownship> expected(String list) {
        return codes(list).stream().map(c -> new ExpectedTownship("445322" + c, "镇" + c, "镇")).toList();
    }

    private static List<Submission> submissions(String list) {
        return codes(list).stream().map(s -> {
            String[] p = s.split(":");
            return new Submission("445322" + p[0], "镇" + p[0], p.length > 2 ? Integer.parseInt(p[2]) : 1,
                    Instant.parse("2024-02-20T08:30:00Z"), p[1].equals("y"));
        }).toList();
    }
}
