package io.fazhi.devtokens;

import java.time.Instant;

/**
 * Tokens a service must refuse, each claiming a country administrator: signed by a key nobody trusts, by the
 * development key but for another issuer, expired, unsigned, or with an altered signature. {@link DevTokens} and
 * {@link TestTokens} sign only good ones.
 */
public final class RefusedTokens {

    private static final String OTHER_ISSUER = "https://idp.example.org/realms/other";

    private RefusedTokens() {
    }

    /** Signed by an RSA key generated for this token. */
    public static String signedByAnotherKey() {
        return DevTokens.freshKey().signClaims(adminClaims(DevTokens.ISSUER, 3600));
    }

    /** Signed with the development key, for an issuer the services do not trust. */
    public static String fromAnotherIssuer() {
        return DevTokens.developmentKey().signClaims(adminClaims(OTHER_ISSUER, 3600));
    }

    /** Signed with the development key, expired an hour ago. */
    public static String expired() {
        return DevTokens.developmentKey().signClaims(adminClaims(DevTokens.ISSUER, -3600));
    }

    /** The claims with {@code alg: none} and no signature. */
    public static String unsigned() {
        return DevTokens.encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "."
                + DevTokens.encode(adminClaims(DevTokens.ISSUER, 3600)) + ".";
    }

    /** A well-signed token whose signature was altered in one character. */
    public static String tampered(String token) {
        char last = token.charAt(token.length() - 2);
        return token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
    }

    private static String adminClaims(String issuer, long expiresInSeconds) {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + issuer + "\",\"sub\":\"intruder\",\"upn\":\"intruder\",\"iat\":" + (now - 7200)
                + ",\"exp\":" + (now + expiresInSeconds) + ",\"groups\":[\"county-admin\"],\"area\":\"\"}";
    }
}
