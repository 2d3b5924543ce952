package org.chuanyu.projects.blockers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Blocker deadlines that policy may change. */
@ConfigMapping(prefix = "projects.blockers")
public interface BlockersConfig {

    /** Calendar days a BIG blocker may take (大问题不过周). */
    @WithDefault("7")
    int bigDays();
}
