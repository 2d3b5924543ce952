package org.chuanyu.gateway.routing;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;

import java.net.URI;

/**
 * One instance of a service behind a route. Its address stays inside the gateway: status pages and
 * problems name it by route and index only. Requests are forwarded to {@code baseUrl}; the gateway's own
 * questions (readiness, the OpenAPI document) go to {@code managementUrl}, the instance's management
 * interface, which is never routed.
 */
public record Upstream(String route, int index, URI baseUrl, SocketAddress address, URI managementUrl,
                       CircuitBreaker circuit) {

    public static Upstream of(String route, int index, URI baseUrl, URI managementUrl, CircuitBreaker circuit) {
        return new Upstream(route, index, baseUrl, addressOf(baseUrl), managementUrl, circuit);
    }

    public boolean tls() {
        return "https".equals(baseUrl.getScheme());
    }

    /** A GET of {@code pathAndQuery} on the instance's management interface. */
    public RequestOptions managementGet(String pathAndQuery, long timeoutMillis) {
        return new RequestOptions().setMethod(HttpMethod.GET)
                .setServer(addressOf(managementUrl)).setHost(managementUrl.getHost()).setPort(portOf(managementUrl))
                .setSsl("https".equals(managementUrl.getScheme())).setURI(pathAndQuery)
                .setConnectTimeout(timeoutMillis).setIdleTimeout(timeoutMillis);
    }

    private static SocketAddress addressOf(URI url) {
        return SocketAddress.inetSocketAddress(portOf(url), url.getHost());
    }

    private static int portOf(URI url) {
        return url.getPort() != -1 ? url.getPort() : ("https".equals(url.getScheme()) ? 443 : 80);
    }

    @Override
    public String toString() {
        return route + "[" + index + "]";
    }
}
