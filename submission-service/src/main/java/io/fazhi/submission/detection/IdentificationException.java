package io.fazhi.submission.detection;

import java.util.List;

import io.fazhi.commons.problem.Violation;
import io.fazhi.submission.registry.Township;

/** The township or year of a report cannot be settled: unknown, ambiguous, contradicted by the text, or absent. */
public class IdentificationException extends RuntimeException {

    /** What went wrong; every kind answers 422. */
    public enum Kind {
        UNKNOWN_TOWNSHIP("unknown-township", "No such township"),
        AMBIGUOUS_TOWNSHIP("ambiguous-township", "The township name is ambiguous"),
        CONTRADICTS_TEXT("contradicts-text", "A given field contradicts the report text"),
        UNDETERMINED("undetermined-fields", "The township or year cannot be determined");

        private final String slug;
        private final String title;

        Kind(String slug, String title) {
            this.slug = slug;
            this.title = title;
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;
    private final List<Violation> violations;
    private final List<Township> candidates;

    public IdentificationException(Kind kind, String detail, List<Violation> violations, List<Township> candidates) {
        super(detail);
        this.kind = kind;
        this.violations = List.copyOf(violations);
        this.candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }

    public List<Township> candidates() {
        return candidates;
    }
}
