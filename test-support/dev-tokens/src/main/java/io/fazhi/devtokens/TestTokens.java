package io.fazhi.devtokens;

import java.time.Duration;

/** Bearer tokens of each role for the services' tests: valid for an hour, signed with the development key. */
public final class TestTokens {

    private static final DevTokens SIGNER = DevTokens.developmentKey();
    private static final Duration HOUR = Duration.ofHours(1);
    private static final String COUNTRY_ADMIN = SIGNER.countyAdmin("", HOUR);

    private TestTokens() {
    }

    /** An administrator of the whole country (area ""). */
    public static String countryAdmin() {
        return COUNTRY_ADMIN;
    }

    /** An administrator of the area with this code prefix. */
    public static String countyAdmin(String area) {
        return SIGNER.countyAdmin(area, HOUR);
    }

    public static String township(String code) {
        return SIGNER.township(code, HOUR);
    }

    public static String reader() {
        return SIGNER.reader(HOUR);
    }

    /** The value of an Authorization header carrying the token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
