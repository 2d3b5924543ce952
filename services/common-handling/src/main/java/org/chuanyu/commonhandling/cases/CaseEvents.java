package org.chuanyu.commonhandling.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.events.Outbox;

/**
 * A case's CloudEvents (docs/notifications.md), written with each step of its timeline in the same transaction.
 * {@code data} names the case, its item, its two scopes and the submitting system; never the applicant.
 */
@ApplicationScoped
public class CaseEvents {

    static final String PREFIX = "cn.chuanyu.common-handling.case.";
    public static final String SUBMITTED = PREFIX + "submitted";
    public static final String STATUS_CHANGED = PREFIX + "status-changed";
    public static final String SUPPLEMENT_REQUESTED = PREFIX + "supplement-requested";
    public static final String OVERDUE = PREFIX + "overdue";
    public static final String SUPERVISION_CHANGED = PREFIX + "supervision-changed";

    @Inject
    Outbox outbox;

    /** The events one timeline step makes: a submission, a change of status, a supplement request, a deadline missed. */
    void stepped(CaseFile c, String action, CaseStatus from, CaseStatus to) {
        if (from == null) {
            outbox.publish(SUBMITTED, c.number, data(c).put("status", to.name()));
            return;
        }
        if (from != to) {
            outbox.publish(STATUS_CHANGED, c.number, data(c).put("action", action).put("from", from.name())
                    .put("to", to.name()));
        }
        if (CaseAction.REQUEST_SUPPLEMENT.name().equals(action)) {
            outbox.publish(SUPPLEMENT_REQUESTED, c.number, data(c).put("status", to.name()));
        }
        if (OverdueWatch.EVENT.equals(action)) {
            ObjectNode data = data(c).put("status", to.name());
            java.time.Instant due = c.nextDue != null ? c.nextDue : c.deliveryDue;
            data.put("due", due == null ? null : due.toString());
            outbox.publish(OVERDUE, c.number, data);
        }
    }

    /** A change of the case's warning light, with the step it concerns and that step's limit. */
    void supervisionChanged(CaseFile c, String from, String to) {
        ObjectNode data = data(c).put("status", c.status.name()).put("from", from).put("to", to)
                .put("step", c.supervisionStep).put("side", c.supervisionSide);
        data.put("stepDue", c.supervisionStepDue == null ? null
                : org.chuanyu.jurisdiction.web.BusinessDates.at(c.supervisionStepDue).toString());
        outbox.publish(SUPERVISION_CHANGED, c.number, data);
    }

    private ObjectNode data(CaseFile c) {
        ObjectNode data = outbox.data().put("number", c.number).put("itemCode", c.itemCode)
                .put("channel", c.channel.name()).put("submitter", c.submitter)
                .put("url", "/api/common-handling/cases/" + c.number);
        return outbox.withScopes(data, c.acceptingScope(), c.handlingScope());
    }
}
