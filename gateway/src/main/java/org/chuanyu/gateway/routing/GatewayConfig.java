package org.chuanyu.gateway.routing;

import io.smallrye.config.ConfigMapping;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The route table: configured, not coded. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Route name → its path prefixes and upstream. */
    Map<String, Route> routes();

    interface Route {
        /** Path prefixes forwarded unchanged, e.g. {@code /api/parks}; a prefix matches itself and everything below it. */
        List<String> prefixes();

        /** Base URL of the service, e.g. {@code http://127.0.0.1:8081}. */
        URI upstream();
    }
}
