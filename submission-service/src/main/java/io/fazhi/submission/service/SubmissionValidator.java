package io.fazhi.submission.service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.fazhi.commons.problem.Violation;
import io.fazhi.submission.config.SubmissionConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Checks a submission before anything is stored, collecting every violation rather than the first. */
@ApplicationScoped
public class SubmissionValidator {

    static final int FIRST_YEAR = 2000;
    private static final Pattern TOWNSHIP_CODE = Pattern.compile("\\d{9}|\\d{12}");
    private static final int MAX_NAME_CHARS = 100;
    private static final int MAX_TITLE_CHARS = 500;

    private final SubmissionConfig config;
    private final Clock clock;

    SubmissionValidator(SubmissionConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Checks the form of every field; whether the township and year can be settled is the identifier's job. */
    public void validate(SubmitReportCommand command) {
        if (command.text() != null) {
            long bytes = command.text().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > config.maxTextBytes()) {
                throw new ReportTooLargeException(bytes, config.maxTextBytes());
            }
        }
        List<Violation> violations = new ArrayList<>();
        boolean noText = command.text() == null || command.text().isBlank();
        if (noText) {
            violations.add(new Violation("text", "must contain the report text"));
        }
        if (command.townshipCode() != null && !TOWNSHIP_CODE.matcher(command.townshipCode().strip()).matches()) {
            violations.add(new Violation("townshipCode", "must be the 9-digit (or 12-digit) statistical division code"));
        } else if (noText && isBlank(command.townshipCode()) && isBlank(command.township())) {
            violations.add(new Violation("townshipCode", "must be given (or township and county) when there is no "
                    + "text to read the township from"));
        }
        optionalName(violations, "township", command.township());
        optionalName(violations, "county", command.county());
        int thisYear = thisYear();
        if (command.year() != null && (command.year() < FIRST_YEAR || command.year() > thisYear)) {
            violations.add(new Violation("year", "must be a report year from " + FIRST_YEAR + " to " + thisYear));
        } else if (command.year() == null && noText) {
            violations.add(new Violation("year", "must be given when there is no text to read the year from"));
        }
        if (command.title() != null && command.title().length() > MAX_TITLE_CHARS) {
            violations.add(new Violation("title", "must be at most " + MAX_TITLE_CHARS + " characters"));
        }
        // PostgreSQL refuses U+0000 in text columns; refuse it here with a 400 rather than fail in the database
        noNul(violations, "text", command.text());
        noNul(violations, "title", command.title());
        if (!violations.isEmpty()) {
            throw new InvalidReportException(violations);
        }
    }

    /** The latest report year accepted: the current year in county time. */
    public int thisYear() {
        return Year.now(clock.withZone(config.zone())).getValue();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static void noNul(List<Violation> violations, String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            violations.add(new Violation(field, "must not contain the NUL character (U+0000)"));
        }
    }

    private static void optionalName(List<Violation> violations, String field, String value) {
        if (value != null && value.length() > MAX_NAME_CHARS) {
            violations.add(new Violation(field, "must be at most " + MAX_NAME_CHARS + " characters"));
        }
    }
}
