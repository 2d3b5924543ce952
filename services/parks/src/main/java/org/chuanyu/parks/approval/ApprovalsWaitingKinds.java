package org.chuanyu.parks.approval;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.chuanyu.jurisdiction.approval.ApprovalsWaiting;

/** What waits for a province's approval here: joint-zone changes and designation changes of joint-zone parks. */
@ApplicationScoped
public class ApprovalsWaitingKinds {

    @Produces
    ApprovalsWaiting.Kind zoneChanges() {
        return new ApprovalsWaiting.Kind("zone-change", "select p.province, count(*) from zone_change c "
                + "cross join (values ('sichuan'), ('chongqing')) as p (province) where c.status = 'PENDING' "
                + "and not exists (select 1 from zone_change_approval a where a.change_id = c.id "
                + "and a.province = p.province) group by p.province");
    }

    @Produces
    ApprovalsWaiting.Kind designationChanges() {
        return new ApprovalsWaiting.Kind("designation-change", "select p.province, count(*) "
                + "from park_designation_change c cross join (values ('sichuan'), ('chongqing')) as p (province) "
                + "where c.status = 'PENDING' and not exists (select 1 from park_designation_change_approval a "
                + "where a.change_id = c.id and a.province = p.province) group by p.province");
    }
}
