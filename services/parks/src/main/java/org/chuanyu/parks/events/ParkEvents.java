package org.chuanyu.parks.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.scope.RecordScope;
import org.chuanyu.jurisdiction.time.BusinessClock;

import java.util.UUID;

/**
 * Writes the parks service's events into its outbox, inside the caller's transaction (mandatory: an event
 * exists exactly when its change commits).
 */
@ApplicationScoped
public class ParkEvents {

    /** A park's district or zone changed: every copy of its scope must follow. */
    public static final String PARK_MOVED = "cn.chuanyu.parks.park.moved";
    /**
     * Any constant of the service's own: it serialises the outbox's writers, so positions are handed out in
     * commit order (see V6).
     */
    private static final long OUTBOX_LOCK = 0x70_61_72_6b_65_76L;

    @Inject
    BusinessClock clock;
    @Inject
    ObjectMapper json;

    /** Records that park {@code code} moved from {@code from} to {@code to}; nothing when the scope is the same. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(String code, RecordScope from, RecordScope to, String reason) {
        if (from.equals(to)) {
            return;
        }
        ObjectNode data = json.createObjectNode().put("code", code).put("reason", reason)
                .put("url", "/api/parks/" + code);
        data.set("from", scope(from));
        data.set("to", scope(to));
        ParkEvent.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(" + OUTBOX_LOCK + ")")
                .getSingleResult();
        ParkEvent event = new ParkEvent();
        event.id = UUID.randomUUID();
        event.type = PARK_MOVED;
        event.subject = code;
        event.occurredAt = clock.now();
        event.data = data;
        event.persist();
    }

    private ObjectNode scope(RecordScope scope) {
        ObjectNode node = json.createObjectNode().put("province", scope.province().realm()).put("district", scope.district());
        if (scope.zone() != null) {
            node.put("zone", scope.zone());
        } else {
            node.putNull("zone");
        }
        return node;
    }
}
