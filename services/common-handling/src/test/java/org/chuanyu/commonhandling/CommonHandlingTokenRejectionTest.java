package org.chuanyu.commonhandling;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.TokenRejectionContract;

@QuarkusTest
class CommonHandlingTokenRejectionTest extends TokenRejectionContract {
    @Override
    protected String protectedPath() {
        return "/api/common-handling/whoami";
    }
}
