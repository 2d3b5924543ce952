package org.chuanyu.projects.park;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this service follows the parks event feed (the schedule itself is projects.park-moves.every). */
@ConfigMapping(prefix = "projects.park-moves")
public interface ParkMovesConfig {

    /** Events asked for per request. */
    @WithDefault("200")
    int batch();
}
