package io.fazhi.devtokens;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Signs RS256 tokens with the development key, in the shape a county's OpenID Connect provider would issue:
 * {@code groups} carries the role, {@code township_code} the township of a township office, {@code area} the
 * code prefix a county administrator manages (empty for the whole country).
 */
public final class DevTokens {

    public static final String ISSUER = "https://fazhi.dev/local";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;

    private DevTokens(PrivateKey key) {
        this.key = key;
    }

    /** The signer with the development key bundled in this module. */
    public static DevTokens developmentKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/dev-keys/jwt-dev-private.pem")) {
            return new DevTokens(privateKey(in.readAllBytes()));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the development key cannot be read", e);
        }
    }

    /**
     * A signer with an RSA private key in a PKCS#8 PEM file, such as a key made for one benchmark run with
     * {@code openssl genpkey -algorithm RSA}: a production-profile service trusts it through JWT_PUBLIC_KEY_LOCATION.
     */
    public static DevTokens keyFile(Path pem) {
        try {
            return new DevTokens(privateKey(Files.readAllBytes(pem)));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("the key " + pem + " cannot be read", e);
        }
    }

    private static PrivateKey privateKey(byte[] pemBytes) throws GeneralSecurityException {
        String pem = new String(pemBytes, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    public String township(String townshipCode, Duration ttl) {
        return sign("township-" + townshipCode, List.of("township"), "\"township_code\":\"" + townshipCode + "\"", ttl);
    }

    public String countyAdmin(String area, Duration ttl) {
        return sign("admin-" + (area.isEmpty() ? "country" : area), List.of("county-admin"), "\"area\":\"" + area + "\"", ttl);
    }

    public String reader(Duration ttl) {
        return sign("reader", List.of("reader"), null, ttl);
    }

    /** A token with the given subject, groups and extra JSON members (already encoded, or null). */
    public String sign(String subject, List<String> groups, String extraClaims, Duration ttl) {
        Instant now = Instant.now();
        StringBuilder claims = new StringBuilder("{\"iss\":\"").append(ISSUER).append("\",\"sub\":\"").append(subject)
                .append("\",\"upn\":\"").append(subject).append("\",\"jti\":\"").append(UUID.randomUUID())
                .append("\",\"iat\":").append(now.getEpochSecond())
                .append(",\"exp\":").append(now.plus(ttl).getEpochSecond())
                .append(",\"groups\":[");
        for (int i = 0; i < groups.size(); i++) {
            claims.append(i == 0 ? "" : ",").append('"').append(groups.get(i)).append('"');
        }
        claims.append(']');
        if (extraClaims != null) {
            claims.append(',').append(extraClaims);
        }
        claims.append('}');
        return signClaims(claims.toString());
    }

    /** The claims as given (a JSON object), signed RS256 with this signer's key. */
    String signClaims(String claims) {
        String signingInput = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + encode(claims);
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RS256 is part of every JRE", e);
        }
    }

    /** A signer with an RSA key generated now, which nobody trusts. */
    static DevTokens freshKey() {
        try {
            KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            return new DevTokens(rsa.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is part of every JRE", e);
        }
    }

    static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Prints ready-made tokens for the local launcher: args [townshipCode] [countyArea]; signed with the key file
     * named by the environment variable DEV_TOKENS_PRIVATE_KEY if set, else with the development key.
     */
    public static void main(String[] args) {
        String township = args.length > 0 ? args[0] : "445322100";
        String county = args.length > 1 ? args[1] : township.substring(0, 6);
        String keyFile = System.getenv("DEV_TOKENS_PRIVATE_KEY");
        DevTokens tokens = keyFile == null || keyFile.isBlank() ? developmentKey() : keyFile(Path.of(keyFile));
        Duration day = Duration.ofHours(24);
        System.out.println("TOWNSHIP_TOKEN=" + tokens.township(township, day));
        System.out.println("COUNTY_ADMIN_TOKEN=" + tokens.countyAdmin(county, day));
        System.out.println("COUNTRY_ADMIN_TOKEN=" + tokens.countyAdmin("", day));
        System.out.println("READER_TOKEN=" + tokens.reader(day));
    }
}
