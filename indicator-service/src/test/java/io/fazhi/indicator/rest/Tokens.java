package io.fazhi.indicator.rest;

import java.time.Duration;

import io.fazhi.devtokens.DevTokens;

/** Bearer tokens of each role, signed with the development key the test profile trusts. */
public final class Tokens {

    private static final DevTokens SIGNER = DevTokens.developmentKey();
    private static final Duration HOUR = Duration.ofHours(1);

    private Tokens() {
    }

    public static String countryAdmin() {
        return SIGNER.countyAdmin("", HOUR);
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
}
