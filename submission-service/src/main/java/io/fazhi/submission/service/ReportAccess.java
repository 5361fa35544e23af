package io.fazhi.submission.service;

import io.fazhi.commons.security.AccessPolicy;
import io.fazhi.commons.security.Caller;
import io.fazhi.commons.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The caller's rights over reports, asked in one place (the rules themselves are {@link AccessPolicy}'s): a township
 * office submits and reads its own township's reports; a county administrator those of every township in its area;
 * a reader sees what was submitted but never a text or a file.
 */
@ApplicationScoped
public class ReportAccess {

    private final CurrentCaller caller;

    ReportAccess(CurrentCaller caller) {
        this.caller = caller;
    }

    /** Who submits: the caller's subject as the audit column records it. */
    public String submitter() {
        return caller.get().auditName();
    }

    /** Refuses (403) a submission for a township that is not the caller's to submit for. */
    public void requireSubmitFor(String townshipCode) {
        AccessPolicy.require(AccessPolicy.maySubmitFor(caller.get(), townshipCode),
                "submitting a report of township " + townshipCode);
    }

    /** Refuses (403) the stored facts of a report (township, year, version, lateness) to whoever may not see them. */
    public void requireMetadataOf(String townshipCode) {
        Caller c = caller.get();
        AccessPolicy.require(c.has(Caller.READER) || AccessPolicy.mayReadReportsOf(c, townshipCode),
                "reading reports of township " + townshipCode);
    }

    /** Refuses (403) returning or accepting a report to anyone but a county administrator of an enclosing area. */
    public void requireReviewOf(String townshipCode) {
        AccessPolicy.require(AccessPolicy.administers(caller.get(), townshipCode),
                "returning or accepting a report of township " + townshipCode);
    }

    /** Refuses (403) a report's text or uploaded file to anyone but its township and the admins of its area. */
    public void requireTextOf(String townshipCode) {
        AccessPolicy.require(AccessPolicy.mayReadReportsOf(caller.get(), townshipCode),
                "reading the text or file of a report of township " + townshipCode);
    }

    /**
     * The area a list of reports may cover: an administrator's requested area if it is inside its own (its own
     * area when none is asked for); a township's own township when the requested area encloses it; any area for a
     * reader. Anything else is refused (403).
     */
    public String listScope(String requestedArea) {
        Caller c = caller.get();
        if (c.has(Caller.COUNTY_ADMIN)) {
            String scope = requestedArea == null ? c.area() : requestedArea;
            AccessPolicy.require(AccessPolicy.administers(c, scope), "listing reports of area " + scope);
            return scope;
        }
        if (c.has(Caller.TOWNSHIP) && c.townshipCode() != null) {
            String own = c.townshipCode();
            AccessPolicy.require(requestedArea == null || own.startsWith(requestedArea),
                    "listing reports of area " + requestedArea);
            return own;
        }
        AccessPolicy.require(c.has(Caller.READER), "listing reports");
        return requestedArea;
    }
}
