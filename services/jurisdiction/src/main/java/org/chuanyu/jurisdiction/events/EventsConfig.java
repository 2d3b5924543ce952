package org.chuanyu.jurisdiction.events;

import io.smallrye.config.ConfigMapping;

/** How a service names itself in the CloudEvents it writes. */
@ConfigMapping(prefix = "platform.events")
public interface EventsConfig {

    /** The CloudEvents {@code source} of every event of this service: its API's base path, e.g. {@code /api/parks}. */
    String source();
}
