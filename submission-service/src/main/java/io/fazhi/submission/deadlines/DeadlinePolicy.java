package io.fazhi.submission.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;

import io.fazhi.submission.config.SubmissionConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * When a year's report is due: by the end of a day of the following year, county time. Areas may set their own
 * day per year; the most specific area (longest code prefix) that covers the township wins, else the configured
 * default (1 March, public by 1 April).
 */
@ApplicationScoped
public class DeadlinePolicy {

    private final SubmissionConfig config;

    DeadlinePolicy(SubmissionConfig config) {
        this.config = config;
    }

    /** The deadline for a township's (or any area's) report of {@code year}, given the areas' settings. */
    public Deadline deadline(String code, int year, Collection<AreaDeadline> settings) {
        return settings.stream()
                .filter(s -> s.year() == year && code.startsWith(s.area()))
                .max(Comparator.comparingInt(s -> s.area().length()))
                .map(s -> of(s.area(), year, s.dueDate(), s.publishBy()))
                .orElseGet(() -> defaultDeadline(year));
    }

    public Deadline defaultDeadline(int year) {
        return of(null, year, config.dueDate().atYear(year + 1), config.publishBy().atYear(year + 1));
    }

    /** The first instant at which a report for {@code year} counts as late under the default. */
    public Instant dueAt(int year) {
        return defaultDeadline(year).dueAt();
    }

    public boolean isLate(int year, Instant submittedAt) {
        return defaultDeadline(year).isLate(submittedAt);
    }

    private Deadline of(String area, int year, LocalDate due, LocalDate publishBy) {
        return new Deadline(area, year, due, publishBy, endOf(due), endOf(publishBy));
    }

    private Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(config.zone()).toInstant();
    }
}
