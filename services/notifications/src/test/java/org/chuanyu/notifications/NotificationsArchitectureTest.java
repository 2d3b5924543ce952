package org.chuanyu.notifications;

import org.chuanyu.jurisdiction.testing.ArchitectureContract;

class NotificationsArchitectureTest extends ArchitectureContract {
    @Override
    protected String root() {
        return "org.chuanyu.notifications";
    }
}
