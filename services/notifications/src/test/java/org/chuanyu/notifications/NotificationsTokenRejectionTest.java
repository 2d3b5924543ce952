package org.chuanyu.notifications;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.TokenRejectionContract;

@QuarkusTest
class NotificationsTokenRejectionTest extends TokenRejectionContract {
    @Override
    protected String protectedPath() {
        return "/api/notifications/whoami";
    }
}
