package org.chuanyu.parks;

import org.chuanyu.jurisdiction.testing.ArchitectureContract;

class ParksArchitectureTest extends ArchitectureContract {
    @Override
    protected String root() {
        return "org.chuanyu.parks";
    }
}
