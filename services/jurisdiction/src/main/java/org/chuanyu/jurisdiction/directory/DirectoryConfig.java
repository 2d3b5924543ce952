package org.chuanyu.jurisdiction.directory;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;
import java.util.Optional;

/** How the account directory reaches Keycloak's admin API. */
@ConfigMapping(prefix = "platform.directory")
public interface DirectoryConfig {

    /** Keycloak's base URL (realms and admin API below it). */
    String url();

    String clientId();

    /** The platform-directory client's secret (PLATFORM_DIRECTORY_SECRET); the same client in each realm. */
    Optional<String> secret();

    /** How long an answer is reused: the longest a withdrawn right keeps a subscription receiving. */
    Duration cacheFor();

    Duration timeout();
}
