package org.chuanyu.policy.matching;

/** The conditions a policy's applicability may set; each is checked on its own. */
public enum Condition {
    /** The policy is valid on the day asked about. */
    VALIDITY,
    /** The project lies in one of the policy's provinces. */
    PROVINCE,
    /** The project lies in one of the policy's districts, joint zones or parks (any one suffices). */
    LOCATION,
    /** The project is in one of the policy's industries. */
    INDUSTRY,
    /** The project is at one of the policy's stages. */
    STAGE,
    /** The project's planned investment reaches the policy's minimum. */
    INVESTMENT
}
