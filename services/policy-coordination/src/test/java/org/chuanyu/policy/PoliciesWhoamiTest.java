package org.chuanyu.policy;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.WhoamiContract;

@QuarkusTest
class PoliciesWhoamiTest extends WhoamiContract {
    @Override
    protected String whoamiPath() {
        return "/api/policies/whoami";
    }
}
