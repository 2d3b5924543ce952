package org.chuanyu.policy.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.chuanyu.jurisdiction.events.Outbox;
import org.chuanyu.jurisdiction.events.Readers;

/**
 * The policy-coordination service's events (docs/notifications.md), written in the transaction of the change.
 * Policies are reference data, not scoped records: a policy in force is read by everyone, a joint draft by the
 * people of both provinces, so the events name their readers that way ({@link Readers}).
 */
@ApplicationScoped
public class PolicyEvents {

    /** A joint policy came into force: both provinces approved its current version. */
    public static final String IN_FORCE = "cn.chuanyu.policy-coordination.policy.in-force";
    public static final String APPROVAL_REQUESTED = "cn.chuanyu.policy-coordination.approval.requested";
    public static final String APPROVAL_DECIDED = "cn.chuanyu.policy-coordination.approval.decided";

    @Inject
    Outbox outbox;

    /** One province approved version {@code version}; {@code inForce} when it was the second. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void approved(long id, int version, String province, boolean inForce) {
        String subject = Long.toString(id);
        if (inForce) {
            outbox.publish(IN_FORCE, subject, Readers.everyone(data(id, version)));
            outbox.publish(APPROVAL_DECIDED, subject, Readers.people(data(id, version).put("kind", "joint-policy")
                    .put("decision", "APPROVED"), "sichuan", "chongqing"));
        } else {
            outbox.publish(APPROVAL_REQUESTED, subject, Readers.people(data(id, version).put("kind", "joint-policy")
                    .put("approvedBy", province), "sichuan", "chongqing"));
        }
    }

    /** One province rejected version {@code version}: decided, for both provinces to see. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void rejected(long id, int version, String province) {
        outbox.publish(APPROVAL_DECIDED, Long.toString(id), Readers.people(data(id, version).put("kind", "joint-policy")
                .put("decision", "REJECTED").put("rejectedBy", province), "sichuan", "chongqing"));
    }

    private ObjectNode data(long id, int version) {
        return outbox.data().put("id", id).put("version", version).put("url", "/api/policies/" + id);
    }
}
