package org.chuanyu.policy.alignment;

/** How far the two provinces' policies on a topic agree. */
public enum AlignmentStatus {
    /** Both sides exist and every compared parameter is the same. */
    ALIGNED,
    /** Both sides exist and at least one parameter differs (or is stated on one side only). */
    DIVERGENT,
    /** One province has no policy on the topic yet. */
    MISSING_ON_ONE_SIDE
}
