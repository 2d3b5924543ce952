package org.chuanyu.notifications;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.WhoamiContract;

@QuarkusTest
class NotificationsWhoamiTest extends WhoamiContract {
    @Override
    protected String whoamiPath() {
        return "/api/notifications/whoami";
    }
}
