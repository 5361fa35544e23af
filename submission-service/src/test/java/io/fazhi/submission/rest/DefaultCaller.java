package io.fazhi.submission.rest;

import io.fazhi.devtokens.TestTokens;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;

/** The caller of requests that carry no Authorization header of their own, for tests about something else. */
public final class DefaultCaller {

    private DefaultCaller() {
    }

    /** Every following request without its own Authorization header is sent as an administrator of the country. */
    public static void actAsCountryAdmin() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", TestTokens.bearer(TestTokens.countryAdmin())).build();
    }

    /** Back to requests without a token. */
    public static void actAnonymously() {
        RestAssured.requestSpecification = null;
    }
}
