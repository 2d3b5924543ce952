package org.chuanyu.notifications.intake;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** Which feeds are read, and how often (docs/notifications.md, "Intake"). */
@ConfigMapping(prefix = "notifications")
public interface IntakeConfig {

    /** Each source service's feed URL, by a name of its own (the name keys its stored position). */
    Map<String, Source> sources();

    Intake intake();

    interface Source {
        String url();
    }

    interface Intake {
        /** Off in module tests, which feed events in by hand. */
        @WithDefault("true")
        boolean enabled();

        /** How long to wait after a feed had nothing new. */
        Duration every();

        int batch();

        Duration timeout();
    }
}
