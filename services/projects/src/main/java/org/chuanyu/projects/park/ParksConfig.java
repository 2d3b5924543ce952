package org.chuanyu.projects.park;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How this service uses the parks service (its URL and timeouts are under quarkus.rest-client.parks). */
@ConfigMapping(prefix = "projects.parks")
public interface ParksConfig {

    /** How long the industry vocabulary is reused before it is fetched again. */
    @WithDefault("PT10M")
    Duration industriesCacheTtl();
}
