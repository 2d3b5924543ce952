package org.chuanyu.projects;

import io.quarkus.test.junit.QuarkusTest;
import org.chuanyu.jurisdiction.testing.TokenRejectionContract;

@QuarkusTest
class ProjectsTokenRejectionTest extends TokenRejectionContract {
    @Override
    protected String protectedPath() {
        return "/api/projects/whoami";
    }
}
