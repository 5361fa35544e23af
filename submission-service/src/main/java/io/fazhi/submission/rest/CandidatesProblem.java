package io.fazhi.submission.rest;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.fazhi.commons.problem.Problem;
import io.fazhi.commons.problem.Violation;
import io.fazhi.submission.registry.Township;

/**
 * An RFC 9457 problem with the extension member {@code candidates}: the units a name could mean, so that the caller
 * can pick one and resubmit with its code.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CandidatesProblem(URI type, String title, int status, String detail, URI instance,
        List<Violation> violations, List<Candidate> candidates) {

    /** A unit in a problem: enough to tell same-named units apart. */
    public record Candidate(String code, String name, String kind, String countyCode, String county, String city,
            String province) {

        static Candidate of(Township t) {
            return new Candidate(t.code(), t.name(), t.kind(), t.countyCode(), t.county(), t.city(), t.province());
        }
    }

    static CandidatesProblem of(Problem p, List<Township> candidates) {
        return new CandidatesProblem(p.type(), p.title(), p.status(), p.detail(), p.instance(), p.violations(),
                candidates.stream().map(Candidate::of).toList());
    }
}
