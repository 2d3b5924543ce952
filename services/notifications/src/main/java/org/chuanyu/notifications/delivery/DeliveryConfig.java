package org.chuanyu.notifications.delivery;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** How webhooks are sent and retried (docs/notifications.md, "Delivery"). */
@ConfigMapping(prefix = "notifications.delivery")
public interface DeliveryConfig {

    /** Callbacks called at once; 0 sends nothing (module tests send by hand). */
    int workers();

    Duration pollEvery();

    int batch();

    /** A callback must answer 2xx within this. */
    Duration timeout();

    Duration firstRetry();

    Duration longestWait();

    /** Since the first attempt: then the delivery is dead. */
    Duration giveUpAfter();

    Duration claimFor();

    /** Failing without one success for this long suspends the subscription. */
    Duration suspendAfter();
}
