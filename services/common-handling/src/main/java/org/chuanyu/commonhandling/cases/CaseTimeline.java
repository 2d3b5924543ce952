package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.http.RequestId;
import org.chuanyu.jurisdiction.time.BusinessClock;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Appends events to a case's chain, seals the case, and proves both intact ({@link TimelineProof}). Each event's
 * MAC covers its content and the previous MAC; the case's seal covers its head, status and decision. So rewriting,
 * removing or re-chaining events, or changing the status or decision, is detected without the key. Each step also
 * writes the case's CloudEvents ({@link CaseEvents}) in the same transaction.
 */
@ApplicationScoped
public class CaseTimeline {

    private static final String SYSTEM_REALM = "platform";
    private static final String SYSTEM_ROLE = "system";

    @Inject
    BusinessClock businessClock;
    @Inject
    TimelineKeys keys;
    @Inject
    CaseEvents events;

    private volatile Keyring keyring;

    public CaseEvent append(CaseFile c, Caller caller, String action, CaseStatus from, CaseStatus to, String comment) {
        return append(c, caller.username(), caller.province().realm(),
                caller.roles().stream().map(Role::claim).sorted().collect(Collectors.joining(",")),
                action, from, to, comment);
    }

    /** An event no person caused (the overdue watch): the platform itself is its actor. */
    public CaseEvent appendBySystem(CaseFile c, String job, String action, String comment) {
        return append(c, job, SYSTEM_REALM, SYSTEM_ROLE, action, c.status, c.status, comment);
    }

    /** A change of status the platform makes by law (a case deemed accepted): the platform is its actor. */
    public CaseEvent appendBySystem(CaseFile c, String job, String action, CaseStatus from, CaseStatus to, String comment) {
        return append(c, job, SYSTEM_REALM, SYSTEM_ROLE, action, from, to, comment);
    }

    /**
     * Call after the case's status and decision are set: the event goes on the chain and the case is sealed with
     * them. (Every change of status or decision appends an event, so the seal always covers the current ones.)
     */
    private CaseEvent append(CaseFile c, String actor, String realm, String role, String action, CaseStatus from,
                             CaseStatus to, String comment) {
        // The case's row first, then its chain: every writer of a timeline takes the same locks in the same order, so
        // a clerk and a watch appending to one case wait for each other instead of deadlocking (the event's insert
        // would otherwise come before the case's update in one and after it in the other).
        if (CaseFile.getEntityManager().getLockMode(c) != LockModeType.PESSIMISTIC_WRITE) {
            CaseFile.getEntityManager().lock(c, LockModeType.PESSIMISTIC_WRITE);
        }
        // The case's head names the last event (seal() keeps it with every append, migration V3_6 set it for older
        // cases), so the chain is read only for a case without one.
        int last;
        String previous;
        if (c.timelineSeq > 0 && c.timelineHead != null) {
            last = c.timelineSeq;
            previous = c.timelineHead;
        } else {
            List<CaseEvent> chain = CaseEvent.of(c.id);
            last = chain.size();
            previous = chain.isEmpty() ? TimelineProof.GENESIS : chain.get(chain.size() - 1).mac;
        }
        CaseEvent e = new CaseEvent();
        e.caseId = c.id;
        e.seq = last + 1;
        // The database keeps microseconds: sign exactly what will be read back.
        e.at = businessClock.now().truncatedTo(ChronoUnit.MICROS);
        e.actor = actor;
        e.realm = realm;
        e.role = role;
        e.action = action;
        e.fromStatus = from == null ? null : from.name();
        e.toStatus = to.name();
        e.comment = comment;
        e.requestId = RequestId.current();
        e.keyId = keyring().currentId();
        e.mac = keyring().sign(TimelineProof.chained(previous, content(c.number, e)));
        e.persist();
        seal(c, e.seq, e.mac);
        events.stepped(c, action, from, to);
        return e;
    }

    /** Sets the case's head and seals it with its current status and decision. */
    void seal(CaseFile c, int headSeq, String headMac) {
        c.timelineSeq = headSeq;
        c.timelineHead = headMac;
        c.sealKeyId = keyring().currentId();
        c.seal = keyring().sign(sealedContent(c));
    }

    public CaseApi.Verification verify(CaseFile c) {
        return TimelineProof.verify(links(c), head(c), keyring());
    }

    /** Seals a case made before seals existed, when its events verify; false (and left unsealed) when they do not. */
    boolean sealLegacy(CaseFile c) {
        if (!TimelineProof.verifyEvents(links(c), head(c), keyring()).intact()) {
            return false;
        }
        seal(c, c.timelineSeq, c.timelineHead);
        return true;
    }

    private static List<TimelineProof.Link> links(CaseFile c) {
        return CaseEvent.of(c.id).stream().map(e -> new TimelineProof.Link(e.seq, e.keyId, content(c.number, e), e.mac))
                .toList();
    }

    private static TimelineProof.Head head(CaseFile c) {
        return new TimelineProof.Head(c.timelineSeq, c.timelineHead, sealedContent(c), c.sealKeyId, c.seal);
    }

    /** Fails when the timeline key is not configured, so that a service without it never starts. */
    void requireKeys() {
        keyring();
    }

    private Keyring keyring() {
        Keyring k = keyring;
        if (k == null) {
            k = keys.keyring();
            keyring = k;
        }
        return k;
    }

    /** What an event's MAC covers besides the previous MAC (unchanged since the first timelines, so they verify). */
    private static String content(String caseNumber, CaseEvent e) {
        return String.join("\u001f", caseNumber, Integer.toString(e.seq), e.at.toString(), e.actor, e.realm, e.role,
                e.action, Optional.ofNullable(e.fromStatus).orElse(""), e.toStatus,
                Optional.ofNullable(e.comment).orElse(""), Optional.ofNullable(e.requestId).orElse(""));
    }

    /** The status and the decision: what a case says about itself that its events must agree with. */
    private static String sealedContent(CaseFile c) {
        return TimelineProof.sealed(c.number, c.timelineSeq, c.timelineHead, c.status, c.resumeStatus, c.acceptedOn,
                c.decidedAt == null ? null : c.decidedAt.truncatedTo(ChronoUnit.MICROS), c.decisionWorkingDays);
    }
}
