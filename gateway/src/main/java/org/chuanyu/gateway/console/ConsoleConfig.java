package org.chuanyu.gateway.console;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The web console the gateway serves at {@code /console/} (docs/console.md). */
@ConfigMapping(prefix = "gateway.console")
public interface ConsoleConfig {

    /**
     * The console's built files ({@code console/dist}); without it the gateway serves no console and {@code /console/}
     * answers 404, as an API-only deployment should.
     */
    Optional<String> dir();

    /** The public OIDC client the console signs in with, in every realm. */
    @WithDefault("cooperation-console")
    String clientId();

    /** How long browsers keep the hashed assets (their names change with their content). */
    @WithDefault("365d")
    Duration assetMaxAge();
}
