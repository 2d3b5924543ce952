package org.chuanyu.notifications.delivery;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The Java receiver of docs/notifications.md, "Verifying a webhook", exactly as printed there: a receiver's code,
 * written without the platform's classes, and tested against what the platform sends.
 */
final class ReceiverGuide {

    private ReceiverGuide() {
    }

    // --- from docs/notifications.md ---
    static boolean verify(String secret, String id, String timestamp, String body, String signatures, long nowSeconds) {
        if (Math.abs(nowSeconds - Long.parseLong(timestamp)) > 300) {
            return false; // outside the replay window
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String entry : signatures.split(" ")) {
                if (entry.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(entry.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
    // --- end ---
}
