package org.chuanyu.commonhandling;

import org.chuanyu.jurisdiction.testing.ArchitectureContract;

class CommonHandlingArchitectureTest extends ArchitectureContract {
    @Override
    protected String root() {
        return "org.chuanyu.commonhandling";
    }
}
