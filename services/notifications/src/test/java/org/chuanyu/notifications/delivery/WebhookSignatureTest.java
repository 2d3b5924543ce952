package org.chuanyu.notifications.delivery;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String OTHER = "whsec_dGhlIG90aGVyIHNlY3JldCBvZiB0aGUgcm90YXRpb24=";

    @Test
    void theStandardWebhooksExampleSignsAsTheSpecificationSays() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", WebhookSignature.sign(SECRET,
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}"));
    }

    @Test
    void theReceiversGuideAcceptsWhatThePlatformSignsAndNothingElse() {
        String body = "{\"specversion\":\"1.0\",\"id\":\"e1\",\"data\":{\"number\":\"CY-51-2026-00000001\"}}";
        String header = WebhookSignature.header(List.of(SECRET), "e1", 1_800_000_000L, body);
        assertTrue(ReceiverGuide.verify(SECRET, "e1", "1800000000", body, header, 1_800_000_010L));
        assertFalse(ReceiverGuide.verify(SECRET, "e1", "1800000000", body + " ", header, 1_800_000_010L), "body changed");
        assertFalse(ReceiverGuide.verify(SECRET, "e2", "1800000000", body, header, 1_800_000_010L), "id changed");
        assertFalse(ReceiverGuide.verify(SECRET, "e1", "1800000001", body, header, 1_800_000_010L), "time changed");
        assertFalse(ReceiverGuide.verify(OTHER, "e1", "1800000000", body, header, 1_800_000_010L), "another secret");
        assertFalse(ReceiverGuide.verify(SECRET, "e1", "1800000000", body, header, 1_800_000_000L + 301), "too late");
    }

    @Test
    void duringARotationBothSecretsSignAndEitherVerifies() {
        String header = WebhookSignature.header(List.of(OTHER, SECRET), "e1", 1_800_000_000L, "{}");
        assertEquals(2, header.split(" ").length);
        assertTrue(ReceiverGuide.verify(SECRET, "e1", "1800000000", "{}", header, 1_800_000_000L));
        assertTrue(ReceiverGuide.verify(OTHER, "e1", "1800000000", "{}", header, 1_800_000_000L));
    }
}
