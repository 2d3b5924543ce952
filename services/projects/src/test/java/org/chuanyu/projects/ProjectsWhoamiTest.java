package org.chuanyu.projects;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.WhoamiContract;

@QuarkusTest
class ProjectsWhoamiTest extends WhoamiContract {
    @Override
    protected String whoamiPath() {
        return "/api/projects/whoami";
    }
}
