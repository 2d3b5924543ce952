package org.chuanyu.projects.park;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How this service follows the parks event feed. */
@ConfigMapping(prefix = "projects.park-moves")
public interface ParkMovesConfig {

    /** Whether this instance follows the feed at all (a deployment might leave it to one instance). */
    @WithDefault("true")
    boolean enabled();

    /** The pause between two looks at the feed. */
    Duration every();

    /** How long after start the first look waits. */
    Duration delayed();

    /** Events asked for per request. */
    @WithDefault("200")
    int batch();
}
