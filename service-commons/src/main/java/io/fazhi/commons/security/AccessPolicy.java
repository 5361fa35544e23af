package io.fazhi.commons.security;

import io.fazhi.commons.area.AreaCodes;

/**
 * Who may do what with a township's reports. Plain rules, so that every service and test asks the same question:
 * a township office acts for its own township only; a county office for every township whose code starts with
 * its area; readers read published results and nothing else.
 */
public final class AccessPolicy {

    private AccessPolicy() {
    }

    /** Submit a report of this township (or on its behalf). */
    public static boolean maySubmitFor(Caller caller, String townshipCode) {
        return isOwnTownship(caller, townshipCode) || administers(caller, townshipCode);
    }

    /** Read this township's report texts and files. */
    public static boolean mayReadReportsOf(Caller caller, String townshipCode) {
        return maySubmitFor(caller, townshipCode);
    }

    /**
     * Manage an area (registry, deadlines, re-extraction, lists of reports): a county office whose own area
     * encloses it. A 9-digit area is a single township.
     */
    public static boolean administers(Caller caller, String area) {
        return caller.has(Caller.COUNTY_ADMIN) && caller.area() != null && (caller.area().isEmpty() || AreaCodes.isArea(caller.area()))
                && area != null && area.startsWith(caller.area());
    }

    private static boolean isOwnTownship(Caller caller, String townshipCode) {
        return caller.has(Caller.TOWNSHIP) && caller.townshipCode() != null
                && caller.townshipCode().equals(townshipCode);
    }

    /** Throws {@link AccessDeniedException} unless the rule allowed the action. */
    public static void require(boolean allowed, String what) {
        if (!allowed) {
            throw new AccessDeniedException(what);
        }
    }
}
