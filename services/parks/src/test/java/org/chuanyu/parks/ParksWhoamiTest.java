package org.chuanyu.parks;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.WhoamiContract;

@QuarkusTest
class ParksWhoamiTest extends WhoamiContract {
    @Override
    protected String whoamiPath() {
        return "/api/parks/whoami";
    }
}
