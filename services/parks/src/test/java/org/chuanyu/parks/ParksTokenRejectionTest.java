package org.chuanyu.parks;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.TokenRejectionContract;

@QuarkusTest
class ParksTokenRejectionTest extends TokenRejectionContract {
    @Override
    protected String protectedPath() {
        return "/api/parks/whoami";
    }
}
