package org.chuanyu.projects.park;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this service follows the parks event feed. */
@ConfigMapping(prefix = "projects.park-moves")
public interface ParkMovesConfig {

    /** How often the feed is asked for news (a Quarkus scheduler interval, e.g. 500ms). */
    String every();

    /** How long after start the first request waits. */
    String delayed();

    /** Events asked for per request. */
    @WithDefault("200")
    int batch();
}
