package org.chuanyu.policy.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.chuanyu.jurisdiction.approval.ApprovalsWaiting;

/** What waits for a province's approval here: joint policies' current drafts. */
@ApplicationScoped
public class ApprovalsWaitingKinds {

    @Produces
    ApprovalsWaiting.Kind jointPolicies() {
        return new ApprovalsWaiting.Kind("joint-policy", "select p.province, count(*) from policy x "
                + "cross join (values ('sichuan'), ('chongqing')) as p (province) where x.joint and x.status = 'DRAFT' "
                + "and not exists (select 1 from policy_approval a where a.policy_id = x.id "
                + "and a.policy_version = x.current_version and a.province = p.province) group by p.province");
    }
}
