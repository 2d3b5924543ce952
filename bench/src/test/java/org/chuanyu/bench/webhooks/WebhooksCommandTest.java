package org.chuanyu.bench.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhooksCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SUBMITTED = WebhooksCommand.SUBMITTED;
    private static final String CHANGED = "cn.chuanyu.common-handling.case.status-changed";

    private static JsonNode arrival(String path, String id, String type, String subject, String time, boolean valid) {
        return JSON.createObjectNode().put("path", path).put("id", id).put("type", type).put("subject", subject)
                .put("time", time).put("valid", valid);
    }

    @Test
    void aCleanRunCountsEveryCaseDeliveredAndAllowsDuplicates() {
        List<JsonNode> arrivals = List.of(
                arrival("/tianfu-tongban", "e1", SUBMITTED, "C1", "2026-12-02T10:00:00+08:00", true),
                arrival("/tianfu-tongban", "e1", SUBMITTED, "C1", "2026-12-02T10:00:00+08:00", true),
                arrival("/tianfu-tongban", "e2", SUBMITTED, "C2", "2026-12-02T10:00:01+08:00", true));
        WebhooksCommand.Counts c = WebhooksCommand.count(arrivals, Set.of("C1", "C2"), "/tianfu-tongban", "/yukuaiban");
        assertEquals(2, c.delivered());
        assertEquals(1, c.duplicates());
        assertEquals(0, c.lost() + c.outOfOrder() + c.badSignatures() + c.foreign());
    }

    @Test
    void lossesDisorderBadSignaturesAndForeignDeliveriesAreEachCounted() {
        List<JsonNode> arrivals = new ArrayList<>(List.of(
                arrival("/tianfu-tongban", "e2", CHANGED, "C1", "2026-12-02T10:00:05+08:00", true),
                arrival("/tianfu-tongban", "e1", SUBMITTED, "C1", "2026-12-02T10:00:00+08:00", true),
                arrival("/tianfu-tongban", "e3", SUBMITTED, "C2", "2026-12-02T10:00:00+08:00", false),
                arrival("/yukuaiban", "e4", SUBMITTED, "C1", "2026-12-02T10:00:00+08:00", true)));
        WebhooksCommand.Counts c = WebhooksCommand.count(arrivals, Set.of("C1", "C2", "C3"), "/tianfu-tongban",
                "/yukuaiban");
        assertEquals(1, c.outOfOrder(), "the submission arrived after a later event of its case");
        assertEquals(1, c.badSignatures());
        assertEquals(1, c.foreign());
        assertEquals(2, c.lost(), "C2 only with a bad signature, C3 never");
    }

    @Test
    void theReceiversCheckIsStandardWebhooks() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signature = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
        assertTrue(Signatures.valid(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", "{\"test\": 2432232314}",
                "v1,bm9uc2Vuc2U= " + signature, 1614265330L));
        assertFalse(Signatures.valid(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", "{\"test\": 1}", signature,
                1614265330L));
        assertFalse(Signatures.valid(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", "{\"test\": 2432232314}",
                signature, 1614265330L + 301));
    }
}
