package org.chuanyu.projects.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How often the project reports: at the weekly dispatch (周调度) or monthly. */
@Schema(description = "WEEKLY (周调度) or MONTHLY")
public enum Cadence {
    WEEKLY, MONTHLY
}
