package org.chuanyu.gateway.routing;

import io.vertx.core.net.SocketAddress;

import java.net.URI;

/**
 * One instance of a service behind a route. Its address stays inside the gateway: status pages and
 * problems name it by route and index only.
 */
public record Upstream(String route, int index, URI baseUrl, SocketAddress address, CircuitBreaker circuit) {

    public static Upstream of(String route, int index, URI baseUrl, CircuitBreaker circuit) {
        int port = baseUrl.getPort() != -1 ? baseUrl.getPort() : ("https".equals(baseUrl.getScheme()) ? 443 : 80);
        return new Upstream(route, index, baseUrl, SocketAddress.inetSocketAddress(port, baseUrl.getHost()), circuit);
    }

    public boolean tls() {
        return "https".equals(baseUrl.getScheme());
    }

    @Override
    public String toString() {
        return route + "[" + index + "]";
    }
}
