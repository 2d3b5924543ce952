package org.chuanyu.commonhandling.cases;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The proof as a pure function, and a key rotation: old events verify under the retired key, new ones under the new. */
class TimelineProofTest {

    static final Keyring K1 = Keyring.of("k1", "first-key", List.of());
    static final Keyring K2 = Keyring.of("k2", "second-key", List.of("k1:first-key"));
    static final Keyring K2_ALONE = Keyring.of("k2", "second-key", List.of());

    /** A chain built as CaseTimeline builds it, each event signed with the keyring current at its time. */
    static final class Chain {
        final List<TimelineProof.Link> links = new ArrayList<>();
        TimelineProof.Head head = new TimelineProof.Head(0, null, sealed(0, null, "SUBMITTED"), null, null);

        Chain add(Keyring keys, String content, String status) {
            String previous = links.isEmpty() ? TimelineProof.GENESIS : links.get(links.size() - 1).mac();
            int seq = links.size() + 1;
            String mac = keys.sign(TimelineProof.chained(previous, content));
            links.add(new TimelineProof.Link(seq, keys.currentId(), content, mac));
            String sealed = sealed(seq, mac, status);
            head = new TimelineProof.Head(seq, mac, sealed, keys.currentId(), keys.sign(sealed));
            return this;
        }

        static String sealed(int seq, String mac, String status) {
            return TimelineProof.sealed("CY-51-2026-00000001", seq, mac, status, null);
        }
    }

    @Test
    void aWholeChainVerifies() {
        Chain c = new Chain().add(K1, "submit", "SUBMITTED").add(K1, "accept", "ACCEPTED");
        assertTrue(TimelineProof.verify(c.links, c.head, K1).intact());
    }

    @Test
    void aMissingTailAnEmptiedChainAndAChangedStatusAreDetected() {
        Chain c = new Chain().add(K1, "submit", "SUBMITTED").add(K1, "accept", "ACCEPTED").add(K1, "approve", "APPROVED");
        var tail = TimelineProof.verify(c.links.subList(0, 2), c.head, K1);
        assertFalse(tail.intact());
        assertEquals(3, tail.firstBrokenSeq());
        assertFalse(TimelineProof.verify(List.of(), c.head, K1).intact());
        var status = new TimelineProof.Head(c.head.seq(), c.head.mac(), Chain.sealed(3, c.head.mac(), "DENIED"),
                c.head.sealKeyId(), c.head.seal());
        assertFalse(TimelineProof.verify(c.links, status, K1).intact());
    }

    @Test
    void afterARotationOldEventsVerifyUnderTheRetiredKeyAndNewOnesUnderTheNew() {
        Chain c = new Chain().add(K1, "submit", "SUBMITTED").add(K1, "accept", "ACCEPTED");
        c.add(K2, "approve", "APPROVED");
        assertEquals(List.of("k1", "k1", "k2"), c.links.stream().map(TimelineProof.Link::keyId).toList());
        assertEquals("k2", c.head.sealKeyId());
        assertTrue(TimelineProof.verify(c.links, c.head, K2).intact(), "the rotated keyring verifies both keys' events");

        var withoutOld = TimelineProof.verify(c.links, c.head, K2_ALONE);
        assertFalse(withoutOld.intact(), "a keyring that dropped k1 cannot vouch for what k1 signed");
        assertEquals(1, withoutOld.firstBrokenSeq());
        assertTrue(withoutOld.problem().contains("k1"), withoutOld.problem());
    }

    @Test
    void eventsResignedUnderAnotherKeyDoNotVerify() {
        Chain real = new Chain().add(K1, "submit", "SUBMITTED");
        Keyring forger = Keyring.of("k1", "guessed-key", List.of());
        Chain forged = new Chain().add(forger, "submit", "SUBMITTED");
        assertFalse(TimelineProof.verify(forged.links, forged.head, K1).intact());
        assertTrue(TimelineProof.verify(real.links, real.head, K1).intact());
    }

    @Test
    void badKeyringsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Keyring.of("k1", "", List.of()));
        assertThrows(IllegalArgumentException.class, () -> Keyring.of("k2", "x", List.of("no-colon")));
        assertThrows(IllegalArgumentException.class, () -> Keyring.of("k2", "x", List.of("k2:again")));
    }
}
