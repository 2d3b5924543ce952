package org.chuanyu.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.net.URI;

/**
 * Installs one streaming reverse proxy per configured route. Paths are forwarded unchanged:
 * each service serves its own {@code /api/...} paths.
 */
@ApplicationScoped
public class RouteTable {

    private static final Logger LOG = Logger.getLogger(RouteTable.class);

    void install(@Observes Router router, Vertx vertx, GatewayConfig config) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true));
        config.routes().forEach((name, route) -> {
            URI upstream = route.upstream();
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(port(upstream), upstream.getHost());
            for (String prefix : route.prefixes()) {
                router.route(prefix.endsWith("/") ? prefix + "*" : prefix + "/*")
                        .handler(ctx -> proxy.handle(ctx.request()));
                LOG.infof("route %s: %s -> %s", name, prefix, upstream);
            }
        });
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
    }
}
