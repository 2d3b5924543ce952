package org.chuanyu.commonhandling.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.chuanyu.jurisdiction.approval.ApprovalsWaiting;

/** What waits for a province's approval here: catalogue versions and holiday-calendar proposals. */
@ApplicationScoped
public class ApprovalsWaitingKinds {

    @Produces
    ApprovalsWaiting.Kind catalogueVersions() {
        return new ApprovalsWaiting.Kind("catalogue-version", "select p.province, count(*) from item_version v "
                + "cross join (values ('sichuan'), ('chongqing')) as p (province) where v.status = 'PENDING' "
                + "and not exists (select 1 from item_version_approval a where a.version_id = v.id "
                + "and a.province = p.province) group by p.province");
    }

    @Produces
    ApprovalsWaiting.Kind calendarProposals() {
        return new ApprovalsWaiting.Kind("calendar", "select p.province, count(*) from calendar_proposal c "
                + "cross join (values ('sichuan'), ('chongqing')) as p (province) where c.status = 'PENDING' "
                + "and not exists (select 1 from calendar_proposal_approval a where a.proposal_id = c.id "
                + "and a.province = p.province) group by p.province");
    }
}
