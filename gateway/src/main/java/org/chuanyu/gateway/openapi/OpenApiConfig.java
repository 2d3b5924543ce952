package org.chuanyu.gateway.openapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Map;

/** The merged OpenAPI document served at {@code GET /openapi}. */
@ConfigMapping(prefix = "gateway.openapi")
public interface OpenApiConfig {

    /** How long a merged document is served before the services are asked again. */
    @WithDefault("30s")
    Duration cacheTtl();

    /** Longest wait for one service's document; a service slower than this is left out of the merge. */
    @WithDefault("3s")
    Duration fetchTimeout();

    String title();

    String version();

    String description();

    String contactName();

    /** Realm name → issuer URL as a browser reaches it, for signing in from Swagger UI. */
    Map<String, String> signInRealms();
}
