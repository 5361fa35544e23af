package io.fazhi.commons.security;

import java.util.Set;

/**
 * Who is calling, as the bearer token says: a township office ({@code township} role, with its township code),
 * a county office ({@code county-admin}, with the code prefix it manages; empty for the whole country), a
 * dashboard or integrating system ({@code reader}), or nobody.
 */
public record Caller(String subject, Set<String> roles, String townshipCode, String area) {

    public static final String TOWNSHIP = "township";
    public static final String COUNTY_ADMIN = "county-admin";
    public static final String READER = "reader";
    private static final int MAX_AUDIT_NAME = 100;

    public Caller {
        roles = Set.copyOf(roles);
    }

    public static Caller anonymous() {
        return new Caller(null, Set.of(), null, null);
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    /** The subject as audit columns record it: control characters removed, at most 100 characters; null if anonymous. */
    public String auditName() {
        if (subject == null) {
            return null;
        }
        String printable = subject.replaceAll("\\p{Cntrl}", "");
        return printable.length() <= MAX_AUDIT_NAME ? printable : printable.substring(0, MAX_AUDIT_NAME);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }
}
