package org.chuanyu.gateway.edge;

import org.chuanyu.gateway.routing.GatewayMeters.Rejection;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenRejectionsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final String ISSUER = "https://auth.chuanyu.example/realms/sichuan";

    @Test
    void noHeaderIsMissing() {
        assertEquals(Rejection.MISSING, TokenRejections.classify(null, NOW));
        assertEquals(Rejection.MISSING, TokenRejections.classify("  ", NOW));
    }

    @Test
    void whatIsNoBearerJwtIsMalformed() {
        assertEquals(Rejection.MALFORMED, TokenRejections.classify("Bearer not-a-token", NOW));
        assertEquals(Rejection.MALFORMED, TokenRejections.classify("Basic dXNlcjpwYXNz", NOW));
        assertEquals(Rejection.MALFORMED, TokenRejections.classify("Bearer a.b.c", NOW), "claims that are no JSON");
        assertEquals(Rejection.MALFORMED, TokenRejections.classify(bearer("[1,2]"), NOW), "claims that are no object");
        assertEquals(Rejection.MALFORMED, TokenRejections.classify("Bearer " + "a".repeat(20_000) + ".b.c", NOW));
    }

    @Test
    void aTokenOfNeitherRealmHasAnUnknownIssuer() {
        assertEquals(Rejection.UNKNOWN_ISSUER, TokenRejections.classify(bearer(
                "{\"iss\":\"https://login.example.com/realms/master\",\"exp\":1900000000}"), NOW));
        assertEquals(Rejection.UNKNOWN_ISSUER, TokenRejections.classify(bearer("{\"exp\":1900000000}"), NOW));
    }

    @Test
    void aRealmsTokenPastItsExpiryIsExpired() {
        long past = NOW.minusSeconds(60).getEpochSecond();
        assertEquals(Rejection.EXPIRED, TokenRejections.classify(bearer(
                "{\"iss\":\"" + ISSUER + "\",\"exp\":" + past + "}"), NOW));
    }

    @Test
    void aRealmsUnexpiredTokenThatFailedVerificationIsRefused() {
        long future = NOW.plusSeconds(300).getEpochSecond();
        assertEquals(Rejection.REFUSED, TokenRejections.classify(bearer(
                "{\"iss\":\"http://127.0.0.1:8180/realms/chongqing\",\"exp\":" + future + ",\"aud\":\"account\"}"), NOW));
    }

    private static String bearer(String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "Bearer " + b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }
}
