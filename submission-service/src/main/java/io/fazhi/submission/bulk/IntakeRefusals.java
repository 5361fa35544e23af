package io.fazhi.submission.bulk;

import java.util.stream.Collectors;

import io.fazhi.commons.locks.YearLockedException;
import io.fazhi.commons.problem.Problem;
import io.fazhi.commons.security.AccessDeniedException;
import io.fazhi.submission.detection.IdentificationException;
import io.fazhi.submission.intake.DocumentRejectedException;
import io.fazhi.submission.service.InvalidReportException;
import io.fazhi.submission.service.ReportTooLargeException;
import io.fazhi.submission.service.TownshipNotFoundException;
import jakarta.validation.ConstraintViolationException;

/**
 * Why a file of a bulk upload was refused, in the words the single upload would have answered with (the same
 * problem type, title, status and detail as {@code ProblemMapper}); anything unforeseen is "could not be processed",
 * never a stack trace or a class name.
 */
final class IntakeRefusals {

    static final String UNPROCESSABLE = "unprocessable-file";
    private static final String NOTHING_STORED = " Nothing was stored.";

    private IntakeRefusals() {
    }

    /** The problem for a known failure anywhere in the cause chain; empty when none is known. */
    static java.util.Optional<Problem> of(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            Problem p = known(e);
            if (p != null) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    static Problem unprocessable() {
        return Problem.of(UNPROCESSABLE, "The file could not be processed", 422, "The file could not be processed;"
                + " nothing was stored. Upload it on its own to try again, or ask the service's operators.", null);
    }

    private static Problem known(Throwable e) {
        if (e instanceof DocumentRejectedException d) {
            var r = d.reason();
            return Problem.of(r.slug(), r.title(), r.status(), d.getMessage() + NOTHING_STORED, null);
        }
        if (e instanceof IdentificationException i) {
            String violations = i.violations().isEmpty() ? "" : " (" + i.violations().stream()
                    .map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; ")) + ")";
            return Problem.of(i.kind().slug(), i.kind().title(), 422, i.getMessage() + violations + NOTHING_STORED,
                    null);
        }
        if (e instanceof AccessDeniedException) {
            return Problem.of("forbidden", "Forbidden", 403, e.getMessage(), null);
        }
        if (e instanceof InvalidReportException r) {
            return Problem.of("invalid-report", "The report is invalid", 400, "One or more fields are missing or "
                    + "invalid; nothing was stored: " + r.violations().stream().map(v -> v.field() + " " + v.message())
                            .collect(Collectors.joining("; ")) + ".", null);
        }
        if (e instanceof ConstraintViolationException c) {
            return Problem.of("invalid-report", "The report is invalid", 400, "One or more fields are missing or "
                    + "invalid; nothing was stored: " + c.getConstraintViolations().stream().map(v -> v.getMessage())
                            .collect(Collectors.joining("; ")) + ".", null);
        }
        if (e instanceof ReportTooLargeException) {
            return Problem.of("report-too-large", "The report is too large", 413, e.getMessage(), null);
        }
        if (e instanceof YearLockedException) {
            return Problem.of("year-locked", "The report year is locked", 409, e.getMessage(), null);
        }
        if (e instanceof TownshipNotFoundException) {
            return Problem.of("township-not-found", "Township not found", 404, e.getMessage(), null);
        }
        return null;
    }
}
