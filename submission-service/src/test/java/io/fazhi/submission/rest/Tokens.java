package io.fazhi.submission.rest;

import java.time.Duration;

import io.fazhi.devtokens.DevTokens;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;

/**
 * Bearer tokens of each role, signed with the development key the test profile trusts, and a default token for
 * tests about something other than authorization.
 */
public final class Tokens {

    private static final DevTokens SIGNER = DevTokens.developmentKey();
    private static final Duration HOUR = Duration.ofHours(1);
    private static final String COUNTRY_ADMIN = SIGNER.countyAdmin("", HOUR);

    private Tokens() {
    }

    public static String countryAdmin() {
        return COUNTRY_ADMIN;
    }

    public static String countyAdmin(String area) {
        return SIGNER.countyAdmin(area, HOUR);
    }

    public static String township(String code) {
        return SIGNER.township(code, HOUR);
    }

    public static String reader() {
        return SIGNER.reader(HOUR);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Every following request without its own Authorization header is sent as an administrator of the country. */
    public static void actAsCountryAdmin() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", bearer(COUNTRY_ADMIN)).build();
    }

    /** Back to requests without a token. */
    public static void actAnonymously() {
        RestAssured.requestSpecification = null;
    }
}
