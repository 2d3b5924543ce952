package org.chuanyu.notifications.subscriptions;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;
import java.util.Set;

/** Which callback URLs are accepted (docs/notifications.md, "Callbacks"). */
@ConfigMapping(prefix = "notifications.callbacks")
public interface CallbacksConfig {

    /** Plain http besides https (local and test profiles only). */
    boolean allowHttp();

    /** Loopback, private and link-local addresses (local and test profiles only). */
    boolean allowPrivate();

    /** Host names or addresses allowed although they are private (a province's own gateway, say). */
    Optional<Set<String>> allowList();
}
