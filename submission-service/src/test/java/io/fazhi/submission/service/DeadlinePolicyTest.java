package io.fazhi.submission.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.fazhi.submission.config.SubmissionConfig;

class DeadlinePolicyTest {

    private final DeadlinePolicy policy = new DeadlinePolicy(new SubmissionConfig() {
        public int maxTextBytes() {
            return 2_097_152;
        }

        public MonthDay dueDate() {
            return MonthDay.of(3, 1);
        }

        public ZoneId zone() {
            return ZoneId.of("Asia/Shanghai");
        }

        public String reportsTopic() {
            return "fazhi.reports.submitted";
        }
    });

    @ParameterizedTest(name = "{0} report submitted at {1}: late={2}")
    @CsvSource({
            "2021, 2022-02-28T10:00:00Z, false",
            "2021, 2022-03-01T15:59:59Z, false", // 23:59:59 on 1 March in Beijing
            "2021, 2022-03-01T16:00:00Z, true",  // 00:00 on 2 March in Beijing
            "2021, 2023-01-05T00:00:00Z, true",
            "2023, 2023-12-31T00:00:00Z, false"})
    void countsAReportLateFromTheDayAfterTheDueDateInCountyTime(int year, String at, boolean late) {
        assertThat(policy.isLate(year, Instant.parse(at))).isEqualTo(late);
    }
}
