package org.chuanyu.commonhandling.catalogue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How an item is handled across the provincial border. */
@Schema(description = "FULLY_ONLINE 全程网办, PROXY_ACCEPTANCE 异地代收代办, JOINT_HANDLING 多地联办")
public enum HandlingMode {
    /** 全程网办: applied for and decided online, no window visit. */
    FULLY_ONLINE("全程网办"),
    /** 异地代收代办: a window in one province accepts, the competent office in the other handles. */
    PROXY_ACCEPTANCE("异地代收代办"),
    /** 多地联办: offices in both provinces each handle their part. */
    JOINT_HANDLING("多地联办");

    private final String label;

    HandlingMode(String label) {
        this.label = label;
    }

    /** The mode's name in the published catalogue. */
    public String label() {
        return label;
    }
}
