package org.chuanyu.commonhandling.cases;

import org.chuanyu.commonhandling.cases.CaseApi.Verification;

import java.util.List;

/**
 * Whether a case's timeline is whole and unchanged, as a pure function of what is stored. Each event's MAC covers
 * the MAC before it and the event; the case carries the chain's head (its last sequence number and MAC) and a seal,
 * a MAC over the head and the case's status and decision. So a rewritten event breaks its MAC; deleting the newest
 * events, or all of them, leaves the head pointing past the end; a changed status or decision, or a head moved back
 * to a shortened chain, breaks the seal; and none of it can be repaired without the key.
 */
public final class TimelineProof {

    /** One stored event: its sequence number, the key it was signed with, its own content and its MAC. */
    public record Link(int seq, String keyId, String content, String mac) {
    }

    /**
     * What the case row holds: the head of its chain, the content the seal covers (head included) and the seal.
     * A case made before seals existed has none ({@code seal == null}) until LegacySeals seals it.
     */
    public record Head(int seq, String mac, String sealedContent, String sealKeyId, String seal) {
    }

    public static final String GENESIS = "";
    private static final String SEPARATOR = "\u001f";

    private TimelineProof() {
    }

    /** What an event's MAC covers: the previous MAC, then the event's own content. */
    public static String chained(String previousMac, String content) {
        return previousMac + SEPARATOR + content;
    }

    /** What a case's seal covers: its number, head, status and decision (null fields as empty strings). */
    public static String sealed(String caseNumber, int headSeq, String headMac, Object... fields) {
        StringBuilder s = new StringBuilder("seal").append(SEPARATOR).append(caseNumber).append(SEPARATOR).append(headSeq)
                .append(SEPARATOR).append(headMac == null ? "" : headMac);
        for (Object f : fields) {
            s.append(SEPARATOR).append(f == null ? "" : f.toString());
        }
        return s.toString();
    }

    public static Verification verify(List<Link> links, Head head, Keyring keys) {
        Verification events = verifyEvents(links, head, keys);
        if (!events.intact()) {
            return events;
        }
        if (head.seal() == null) {
            return links.isEmpty() ? events : broken(links.size(), null, "the case carries no seal");
        }
        var expected = keys.macUnder(head.sealKeyId(), head.sealedContent());
        if (expected.isEmpty() || !expected.get().equals(head.seal())) {
            return broken(links.size(), null, expected.isEmpty()
                    ? "the case was sealed with key " + head.sealKeyId() + ", which this service does not hold"
                    : "the case's status, decision or timeline head differs from what was sealed");
        }
        return events;
    }

    /** The events alone: each verifies, none is missing, and the case's head names the last. The seal is not read. */
    public static Verification verifyEvents(List<Link> links, Head head, Keyring keys) {
        String previous = GENESIS;
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (link.seq() != i + 1) {
                return broken(links.size(), i + 1, "event " + (i + 1) + " is missing");
            }
            var expected = keys.macUnder(link.keyId(), chained(previous, link.content()));
            if (expected.isEmpty()) {
                return broken(links.size(), link.seq(), "event " + link.seq() + " was signed with key "
                        + link.keyId() + ", which this service does not hold");
            }
            if (!expected.get().equals(link.mac())) {
                return broken(links.size(), link.seq(), "event " + link.seq() + " differs from what was signed");
            }
            previous = link.mac();
        }
        if (head.seq() != links.size() || !(links.isEmpty() ? head.mac() == null : previous.equals(head.mac()))) {
            return broken(links.size(), Math.min(links.size(), head.seq()) + 1,
                    "the case's timeline ends at event " + head.seq() + " but " + links.size() + " are stored");
        }
        return whole(links.size());
    }

    private static Verification whole(int events) {
        return new Verification(true, events, null, null);
    }

    private static Verification broken(int events, Integer seq, String problem) {
        return new Verification(false, events, seq, problem);
    }
}
