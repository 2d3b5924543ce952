package org.chuanyu.parks.zones;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.Role;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.chuanyu.jurisdiction.scope.AccessRules;

/**
 * Who may propose, approve or reject a change to a zone, on behalf of their province: a
 * province-admin of a province taking part, or a cross-province-admin for the joint zones it
 * administers (its {@code zones}). Everyone else: 403.
 */
@ApplicationScoped
public class ZoneSigners {

    @Inject
    ZoneParticipants participants;

    public void requireMaySign(Caller caller, String zone) {
        AccessRules.requireReferenceDataAdmin(caller);
        if (!participants.of(zone).contains(caller.province())) {
            throw ProblemException.forbidden(caller.province().realm() + " does not take part in joint zone " + zone);
        }
        if (caller.has(Role.PROVINCE_ADMIN)) {
            return;
        }
        if (!caller.zones().contains(zone)) {
            throw ProblemException.forbidden("A cross-province-admin signs only for the joint zones it administers");
        }
    }
}
