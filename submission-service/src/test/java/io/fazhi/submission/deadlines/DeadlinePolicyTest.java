package io.fazhi.submission.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

        public MonthDay publishBy() {
            return MonthDay.of(4, 1);
        }

        public long maxFileBytes() {
            return 20 * 1024 * 1024;
        }

        public long maxInflatedBytes() {
            return 100 * 1024 * 1024;
        }

        public ZoneId zone() {
            return ZoneId.of("Asia/Shanghai");
        }

        public String reportsTopic() {
            return "fazhi.reports.submitted";
        }

        public String statusTopic() {
            return "fazhi.reports.status";
        }

        public String locksTopic() {
            return "fazhi.years.locks";
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

    private static final List<AreaDeadline> SETTINGS = List.of(
            new AreaDeadline("44", 2021, LocalDate.of(2022, 2, 15), LocalDate.of(2022, 3, 31)),
            new AreaDeadline("445322", 2021, LocalDate.of(2022, 1, 31), LocalDate.of(2022, 3, 1)),
            new AreaDeadline("445322116", 2021, LocalDate.of(2022, 3, 20), LocalDate.of(2022, 4, 1)),
            new AreaDeadline("4453", 2022, LocalDate.of(2023, 2, 10), LocalDate.of(2023, 3, 10)));

    @ParameterizedTest(name = "{0} for {1}: due {2} (set by {3})")
    @CsvSource({
            "445322116, 2021, 2022-03-20, 445322116",
            "445322101, 2021, 2022-01-31, 445322",
            "445321101, 2021, 2022-02-15, 44",
            "445322116, 2022, 2023-02-10, 4453",
            "610703113, 2021, 2022-03-01, ",
            "445322116, 2020, 2021-03-01, ",
            "4453,      2021, 2022-02-15, 44"})
    void takesTheDeadlineOfTheMostSpecificAreaThatSetOne(String code, int year, String due, String area) {
        Deadline d = policy.deadline(code, year, SETTINGS);
        assertThat(d.dueDate()).isEqualTo(LocalDate.parse(due));
        assertThat(d.area()).isEqualTo(area);
    }

    @org.junit.jupiter.api.Test
    void defaultsToFirstMarchAndPublicReleaseByFirstApril() {
        Deadline d = policy.deadline("610703113", 2022, List.of());
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(d.publishBy()).isEqualTo(LocalDate.of(2023, 4, 1));
        assertThat(d.dueAt()).isEqualTo(Instant.parse("2023-03-01T16:00:00Z"));
        assertThat(d.isLate(Instant.parse("2023-03-01T15:59:59Z"))).isFalse();
    }
}
