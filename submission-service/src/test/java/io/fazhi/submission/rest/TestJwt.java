package io.fazhi.submission.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * Tokens that must be refused: signed by a key nobody trusts, by the development key but for another issuer,
 * expired, unsigned. DevTokens signs only good ones.
 */
final class TestJwt {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final String TRUSTED_ISSUER = "https://fazhi.dev/local";

    private TestJwt() {
    }

    /** A country administrator's token signed by a freshly generated RSA key. */
    static String signedByAnotherKey() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            return sign(rsa.generateKeyPair().getPrivate(), adminClaims(TRUSTED_ISSUER, 3600));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed with the development key, but naming an issuer the service does not trust. */
    static String fromAnotherIssuer() {
        return sign(developmentKey(), adminClaims("https://idp.example.org/realms/other", 3600));
    }

    /** Signed with the development key, expired an hour ago. */
    static String expired() {
        return sign(developmentKey(), adminClaims(TRUSTED_ISSUER, -3600));
    }

    /** The same claims with {@code alg: none} and no signature. */
    static String unsigned() {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(adminClaims(TRUSTED_ISSUER, 3600)) + ".";
    }

    /** A well-signed token whose signature was altered in one character. */
    static String tampered(String token) {
        char last = token.charAt(token.length() - 2);
        return token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
    }

    private static String adminClaims(String issuer, long expiresInSeconds) {
        long now = Instant.now().getEpochSecond();
        return "{\"iss\":\"" + issuer + "\",\"sub\":\"intruder\",\"upn\":\"intruder\",\"iat\":" + (now - 7200)
                + ",\"exp\":" + (now + expiresInSeconds) + ",\"groups\":[\"county-admin\"],\"area\":\"\"}";
    }

    private static String sign(PrivateKey key, String claims) {
        String input = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey developmentKey() {
        try (InputStream in = TestJwt.class.getResourceAsStream("/dev-keys/jwt-dev-private.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
