package org.paradiplomacy.testing.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Bearer tokens as the identity provider issues them (realm roles in {@code realm_access.roles}), signed with the
 * key whose public half the test configuration trusts ({@code quarkus.oidc.public-key}).
 */
public final class TestTokens {

    public static final String ISSUER = "http://127.0.0.1:8180/realms/observatory";
    private static final String KEY = "/oidc/test-private-key.pem";

    private TestTokens() {
    }

    public static String user(String username, String... roles) {
        return sign(claims("sub-" + username, username, "observatory-cli", roles));
    }

    public static String serviceAccount(String clientId, String... roles) {
        return sign(claims("sub-" + clientId, "service-account-" + clientId, clientId, roles));
    }

    public static String expired(String username, String... roles) {
        return sign(claims("sub-" + username, username, "observatory-cli", roles)
                .issuedAt(Instant.now().minusSeconds(900)).expiresAt(Instant.now().minusSeconds(600)));
    }

    public static String fromAnotherIssuer(String username, String... roles) {
        return sign(claims("sub-" + username, username, "observatory-cli", roles).issuer("http://elsewhere/realms/x"));
    }

    /** A well-formed token signed with a key nobody trusts. */
    public static String forged(String username, String... roles) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey key = generator.generateKeyPair().getPrivate();
            return claims("sub-" + username, username, "observatory-cli", roles).jws().keyId("forged").sign(key);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsBuilder claims(String subject, String username, String clientId, String... roles) {
        return Jwt.issuer(ISSUER).subject(subject).preferredUserName(username).claim("azp", clientId)
                .claim("typ", "Bearer").claim("realm_access", Map.of("roles", List.of(roles)))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
    }

    private static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("test").sign(KEY);
    }
}
