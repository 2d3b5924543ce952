package org.chuanyu.policy;

import org.chuanyu.jurisdiction.testing.ArchitectureContract;

class PolicyArchitectureTest extends ArchitectureContract {
    @Override
    protected String root() {
        return "org.chuanyu.policy";
    }
}
