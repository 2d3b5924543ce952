package org.chuanyu.parks.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.events.Outbox;
import org.chuanyu.jurisdiction.scope.RecordScope;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The parks service's events (docs/notifications.md), written into its outbox inside the caller's transaction
 * (mandatory: an event exists exactly when its change commits).
 */
@ApplicationScoped
public class ParkEvents {

    /** A park's district or zone changed: every copy of its scope must follow. */
    public static final String PARK_MOVED = "cn.chuanyu.parks.park.moved";
    /** A joint zone's member districts changed (an approved change came into force). */
    public static final String ZONE_MEMBERS_CHANGED = "cn.chuanyu.parks.zone.members-changed";
    /** A park's designations (national, provincial, joint) changed. */
    public static final String DESIGNATION_CHANGED = "cn.chuanyu.parks.designation.changed";
    /** A change that both provinces must approve waits for them. */
    public static final String APPROVAL_REQUESTED = "cn.chuanyu.parks.approval.requested";
    /** A two-province decision was taken (approved by both, or rejected by one). */
    public static final String APPROVAL_DECIDED = "cn.chuanyu.parks.approval.decided";

    @Inject
    Outbox outbox;

    /** Records that park {@code code} moved from {@code from} to {@code to}; nothing when the scope is the same. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(String code, RecordScope from, RecordScope to, String reason) {
        if (from.equals(to)) {
            return;
        }
        ObjectNode data = outbox.data().put("code", code).put("reason", reason).put("url", "/api/parks/" + code);
        data.set("from", outbox.scope(from));
        data.set("to", outbox.scope(to));
        outbox.publish(PARK_MOVED, code, outbox.withScopes(data, to));
    }

    /** Records that zone {@code zone}'s member divisions are {@code members} from {@code effectiveOn} on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void zoneMembersChanged(String zone, Collection<String> before, Collection<String> members,
                                   LocalDate effectiveOn, Collection<RecordScope> scopes) {
        ObjectNode data = outbox.data().put("zone", zone).put("url", "/api/zones/" + zone)
                .put("effectiveOn", effectiveOn.toString());
        before.stream().sorted().forEach(data.putArray("from")::add);
        members.stream().sorted().forEach(data.putArray("to")::add);
        outbox.publish(ZONE_MEMBERS_CHANGED, zone, outbox.withScopes(data, scopes.toArray(RecordScope[]::new)));
    }

    /** Records that park {@code code}'s designations are now {@code designations}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void designationChanged(String code, RecordScope scope, Collection<String> designations) {
        ObjectNode data = outbox.data().put("code", code).put("url", "/api/parks/" + code);
        designations.stream().sorted().forEach(data.putArray("designations")::add);
        outbox.publish(DESIGNATION_CHANGED, code, outbox.withScopes(data, scope));
    }

    /**
     * Records that a two-province decision of {@code kind} about {@code subject} waits ({@code decision} null) or
     * was taken ({@code APPROVED} or {@code REJECTED}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approval(String kind, String subject, String url, String decision, Collection<RecordScope> scopes) {
        ObjectNode data = outbox.data().put("kind", kind).put("url", url);
        if (decision != null) {
            data.put("decision", decision);
        }
        outbox.publish(decision == null ? APPROVAL_REQUESTED : APPROVAL_DECIDED, subject,
                outbox.withScopes(data, scopes.toArray(RecordScope[]::new)));
    }
}
