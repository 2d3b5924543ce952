package org.chuanyu.gateway.edge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chuanyu.gateway.routing.GatewayMeters.Rejection;
import org.chuanyu.jurisdiction.caller.Province;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Why a token the edge refused was refused, for the meter only: told from the header as sent, without trusting
 * it (the verification already failed). An operator tells a client with a stale token (expired) from one sent to
 * the wrong platform (unknown issuer), a broken client (malformed) and a forgery or wrong audience (refused).
 */
public final class TokenRejections {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BEARER = Pattern.compile("(?i)Bearer +([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]*)");
    /** Longer than any token of the realms; a header beyond it is not decoded. */
    private static final int MAX_DECODED = 16 * 1024;

    private TokenRejections() {
    }

    public static Rejection classify(String authorization, Instant now) {
        if (authorization == null || authorization.isBlank()) {
            return Rejection.MISSING;
        }
        var m = BEARER.matcher(authorization.trim());
        if (authorization.length() > MAX_DECODED || !m.matches()) {
            return Rejection.MALFORMED;
        }
        JsonNode claims;
        try {
            claims = JSON.readTree(Base64.getUrlDecoder().decode(m.group(2)));
        } catch (IllegalArgumentException | IOException e) {
            return Rejection.MALFORMED;
        }
        if (claims == null || !claims.isObject()) {
            return Rejection.MALFORMED;
        }
        String issuer = claims.path("iss").asText("");
        if (Arrays.stream(Province.values()).noneMatch(p -> issuer.endsWith("/realms/" + p.realm()))) {
            return Rejection.UNKNOWN_ISSUER;
        }
        JsonNode exp = claims.path("exp");
        if (exp.canConvertToLong() && Instant.ofEpochSecond(exp.asLong()).isBefore(now)) {
            return Rejection.EXPIRED;
        }
        return Rejection.REFUSED;
    }
}
