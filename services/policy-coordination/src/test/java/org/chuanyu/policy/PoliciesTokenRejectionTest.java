package org.chuanyu.policy;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.TokenRejectionContract;

@QuarkusTest
class PoliciesTokenRejectionTest extends TokenRejectionContract {
    @Override
    protected String protectedPath() {
        return "/api/policies/whoami";
    }
}
