package org.chuanyu.policy.registry;

/**
 * A policy's life: a province's own policy goes DRAFT → PUBLISHED; a joint policy goes DRAFT →
 * IN_FORCE once both provinces approved its current version. Either ends EXPIRED or REPEALED.
 */
public enum PolicyStatus {
    DRAFT, PUBLISHED, IN_FORCE, EXPIRED, REPEALED;

    /** Published or in force: reference data that applies to projects. */
    public boolean isEffective() {
        return this == PUBLISHED || this == IN_FORCE;
    }
}
