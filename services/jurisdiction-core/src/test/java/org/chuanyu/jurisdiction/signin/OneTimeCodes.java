package org.chuanyu.jurisdiction.signin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TOTP (RFC 6238, HMAC-SHA1, 30-second steps) as an authenticator app computes it from the secret Keycloak stores.
 * (The dev realms let a code be used again within its step, so test runs that follow each other sign in alike.)
 */
final class OneTimeCodes {

    static final int STEP_SECONDS = 30;
    static final int DIGITS = 6;

    private OneTimeCodes() {
    }

    /** The code of the current step. */
    static String now(String secret) {
        return at(secret.getBytes(StandardCharsets.UTF_8), Instant.now().getEpochSecond() / STEP_SECONDS);
    }

    /** The code of one step, for a key (Keycloak uses the secret's UTF-8 bytes). */
    static String at(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % (int) Math.pow(10, DIGITS));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
