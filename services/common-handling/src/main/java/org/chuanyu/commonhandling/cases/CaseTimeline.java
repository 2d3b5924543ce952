package org.chuanyu.commonhandling.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.time.BusinessClock;
import org.chuanyu.jurisdiction.web.RequestIds;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Appends events to a case's chain and proves a chain intact. Each MAC covers the event's content
 * and the previous MAC, so rewriting a row, or rewriting rows and recomputing the chain without the
 * key, is detected by {@link #verify}.
 */
@ApplicationScoped
public class CaseTimeline {

    @Inject
    BusinessClock businessClock;

    private static final String ALGORITHM = "HmacSHA256";
    private static final String GENESIS = "";
    private static final String SYSTEM_REALM = "platform";
    private static final String SYSTEM_ROLE = "system";

    @Inject
    TimelineKey key;

    /** Where a chain first breaks, if it does. */
    public record Verification(boolean intact, int events, Integer firstBrokenSeq) {
    }

    public CaseEvent append(CaseFile c, Caller caller, String action, CaseStatus from, CaseStatus to, String comment) {
        return append(c, caller.username(), caller.province().realm(),
                caller.roles().stream().map(Role::claim).sorted().collect(Collectors.joining(",")),
                action, from, to, comment);
    }

    /** An event no person caused (the overdue watch): the platform itself is its actor. */
    public CaseEvent appendBySystem(CaseFile c, String job, String action, String comment) {
        return append(c, job, SYSTEM_REALM, SYSTEM_ROLE, action, c.status, c.status, comment);
    }

    private CaseEvent append(CaseFile c, String actor, String realm, String role, String action, CaseStatus from,
                             CaseStatus to, String comment) {
        List<CaseEvent> chain = CaseEvent.of(c.id);
        CaseEvent e = new CaseEvent();
        e.caseId = c.id;
        e.seq = chain.size() + 1;
        // The database keeps microseconds: hash exactly what will be read back.
        e.at = businessClock.now().truncatedTo(ChronoUnit.MICROS);
        e.actor = actor;
        e.realm = realm;
        e.role = role;
        e.action = action;
        e.fromStatus = from == null ? null : from.name();
        e.toStatus = to.name();
        e.comment = comment;
        e.requestId = RequestIds.current();
        e.mac = mac(chain.isEmpty() ? GENESIS : chain.get(chain.size() - 1).mac, c.number, e);
        e.persist();
        return e;
    }

    public Verification verify(CaseFile c) {
        List<CaseEvent> chain = CaseEvent.of(c.id);
        String previous = GENESIS;
        for (int i = 0; i < chain.size(); i++) {
            CaseEvent e = chain.get(i);
            if (e.seq != i + 1 || !mac(previous, c.number, e).equals(e.mac)) {
                return new Verification(false, chain.size(), i + 1);
            }
            previous = e.mac;
        }
        return new Verification(true, chain.size(), null);
    }

    private String mac(String previous, String caseNumber, CaseEvent e) {
        String content = String.join("\u001f", previous, caseNumber, Integer.toString(e.seq), e.at.toString(),
                e.actor, e.realm, e.role, e.action, Optional.ofNullable(e.fromStatus).orElse(""), e.toStatus,
                Optional.ofNullable(e.comment).orElse(""), Optional.ofNullable(e.requestId).orElse(""));
        try {
            Mac hmac = Mac.getInstance(ALGORITHM);
            hmac.init(new SecretKeySpec(key.hmacKey().getBytes(StandardCharsets.UTF_8), ALGORITHM));
            return HexFormat.of().formatHex(hmac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e1) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e1);
        }
    }
}
