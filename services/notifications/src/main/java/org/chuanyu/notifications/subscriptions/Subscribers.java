package org.chuanyu.notifications.subscriptions;

import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.caller.Role;

/** Who may hold a subscription: external systems (for their own submissions), province-admins, cross-province-admins. */
public final class Subscribers {

    private Subscribers() {
    }

    public static boolean maySubscribe(Caller caller) {
        return caller.has(Role.EXTERNAL_SYSTEM) || caller.has(Role.PROVINCE_ADMIN) || caller.has(Role.CROSS_PROVINCE_ADMIN);
    }
}
