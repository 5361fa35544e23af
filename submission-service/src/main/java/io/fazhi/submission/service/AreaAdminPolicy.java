package io.fazhi.submission.service;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who may change an area's townships and deadlines. Until authentication arrives (issue 7) every caller may, and
 * changes are recorded without an author; this is the one place to check the caller's county role and name them.
 */
@ApplicationScoped
public class AreaAdminPolicy {

    /** Refuses the change unless the caller administers {@code area} (a 2, 4, 6 or 9-digit code). */
    public void requireAdminOf(String area) {
        // issue 7: throw a ForbiddenException unless the caller's county (or a broader area) covers `area`
    }

    /** The caller's name for the audit columns, or null while there is no authentication. */
    public String actor() {
        return null;
    }
}
