package org.chuanyu.jurisdiction.relay;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The platform relay's client credentials, for a service that reads another service's event feed. */
@ConfigMapping(prefix = "platform.relay")
public interface RelayConfig {

    /** Keycloak's token endpoint of the realm the relay client is used from. */
    String tokenUrl();

    @WithDefault("platform-relay")
    String clientId();

    /** The client's secret; absent where no service of this process reads a feed (PLATFORM_RELAY_SECRET). */
    Optional<String> secret();

    /** How long before its expiry a token is renewed. */
    @WithDefault("PT30S")
    Duration renewBefore();

    /** How long one token request may take. */
    @WithDefault("PT5S")
    Duration timeout();
}
