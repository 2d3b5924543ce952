package org.chuanyu.commonhandling;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.WhoamiContract;

@QuarkusTest
class CommonHandlingWhoamiTest extends WhoamiContract {
    @Override
    protected String whoamiPath() {
        return "/api/common-handling/whoami";
    }
}
