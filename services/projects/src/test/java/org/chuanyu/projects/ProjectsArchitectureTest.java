package org.chuanyu.projects;

import org.chuanyu.jurisdiction.testing.ArchitectureContract;

class ProjectsArchitectureTest extends ArchitectureContract {
    @Override
    protected String root() {
        return "org.chuanyu.projects";
    }
}
