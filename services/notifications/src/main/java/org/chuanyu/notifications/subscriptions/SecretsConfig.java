package org.chuanyu.notifications.subscriptions;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "notifications.secrets")
public interface SecretsConfig {

    /** AES-256 key (base64 of 32 bytes) that encrypts signing secrets at rest (NOTIFICATIONS_SECRETS_KEY). */
    Optional<String> key();

    /** How long a rotated secret keeps signing alongside its successor. */
    Duration overlap();
}
