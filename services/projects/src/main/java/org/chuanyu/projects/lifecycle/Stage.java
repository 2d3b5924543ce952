package org.chuanyu.projects.lifecycle;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a project stands: the six lifecycle stages in their only order, plus two states outside it.
 * 招引 → 签约 → 开工 → 竣工 → 投产 → 达效; 暂停 (suspended) and 终止 (cancelled) need a reason.
 */
@Schema(description = "LEAD 招引, SIGNED 签约, STARTED 开工, COMPLETED 竣工, IN_PRODUCTION 投产, AT_CAPACITY 达效; "
        + "SUSPENDED 暂停 and CANCELLED 终止 lie outside the order")
public enum Stage {
    LEAD, SIGNED, STARTED, COMPLETED, IN_PRODUCTION, AT_CAPACITY, SUSPENDED, CANCELLED;

    /** True for the six stages of the lifecycle's order. */
    public boolean isLifecycle() {
        return this != SUSPENDED && this != CANCELLED;
    }

    /** Position in the lifecycle order; only for lifecycle stages. */
    public int position() {
        if (!isLifecycle()) {
            throw new IllegalStateException(this + " has no place in the lifecycle order");
        }
        return ordinal();
    }
}
