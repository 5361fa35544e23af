package io.fazhi.submission.service;

import io.fazhi.commons.security.AccessPolicy;
import io.fazhi.commons.security.CurrentCaller;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may change an area's townships and deadlines: a county administrator whose own area encloses it. The one
 * place that asks, and that names the caller for the audit columns.
 */
@ApplicationScoped
public class AreaAdminPolicy {


    private final CurrentCaller caller;

    AreaAdminPolicy(CurrentCaller caller) {
        this.caller = caller;
    }

    /** Refuses the change (403) unless the caller administers {@code area} (a 2, 4, 6 or 9-digit code). */
    public void requireAdminOf(String area) {
        AccessPolicy.require(AccessPolicy.administers(caller.get(), area), "area " + area + " is outside yours");
    }

    /** The caller's subject, for the audit columns (100 characters at most, as they are). */
    public String actor() {
        return caller.get().auditName();
    }
}
