package org.chuanyu.policy.registry;

/** A project's stage, as the projects service names it: 招引 → 签约 → 开工 → 竣工 → 投产 → 达效. */
public enum ProjectStage {
    LEAD, SIGNED, STARTED, COMPLETED, IN_PRODUCTION, AT_CAPACITY
}
