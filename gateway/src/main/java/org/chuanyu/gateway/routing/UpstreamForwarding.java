package org.chuanyu.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.StreamResetException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.OriginRequestProvider;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import org.chuanyu.gateway.edge.GatewayProblem;
import org.chuanyu.gateway.limits.SizeLimitedStream;
import org.chuanyu.jurisdiction.http.RequestId;
import org.chuanyu.jurisdiction.problem.Problem;
import org.chuanyu.jurisdiction.problem.ProblemType;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * How one route's requests reach an upstream through vertx-http-proxy: picks the next upstream whose
 * circuit is closed (trying the next one when a connection is refused, since nothing was sent yet),
 * counts the body against the route's limit while it streams, and turns every failure into a problem:
 * no upstream reachable → 503, no answer within the route's timeout → 504, body too large → 413.
 */
final class UpstreamForwarding implements OriginRequestProvider, ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamForwarding.class);
    private static final String UPSTREAM = "gateway.upstream";
    private static final String BODY_TOO_LARGE = "gateway.body-too-large";

    /** No upstream of the route could take the request. */
    static final class NoUpstreamAvailable extends RuntimeException {
        final boolean refused;

        NoUpstreamAvailable(boolean refused) {
            super(null, null, false, false);
            this.refused = refused;
        }
    }

    private final Route route;
    private final HttpClient client;
    private final long timeoutMillis;
    private final GatewayMeters meters;

    UpstreamForwarding(Route route, HttpClient client, GatewayMeters meters) {
        this.meters = meters;
        this.route = route;
        this.client = client;
        this.timeoutMillis = route.timeout().toMillis();
    }

    @Override
    public Future<HttpClientRequest> create(ProxyContext context) {
        return connect(context, new HashSet<>(), false);
    }

    private Future<HttpClientRequest> connect(ProxyContext context, Set<Upstream> tried, boolean refusedBefore) {
        var next = route.pool().next(tried);
        if (next.isEmpty()) {
            return Future.failedFuture(new NoUpstreamAvailable(refusedBefore));
        }
        Upstream upstream = next.get();
        tried.add(upstream);
        context.set(UPSTREAM, upstream);
        RequestOptions options = new RequestOptions()
                .setServer(upstream.address())
                .setHost(upstream.baseUrl().getHost())
                .setPort(upstream.address().port())
                .setSsl(upstream.tls())
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis);
        return client.request(options).recover(failure -> {
            if (failure instanceof ConnectException) {
                LOG.debugf("upstream %s refused: %s", upstream, failure.getMessage());
                upstream.circuit().onFailure();
                context.set(UPSTREAM, null);
                return connect(context, tried, true);
            }
            return Future.failedFuture(failure);
        });
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        Body body = request.getBody();
        if (body != null) {
            request.setBody(Body.body(new SizeLimitedStream(body.stream(), route.maxBodySize(),
                    () -> context.set(BODY_TOO_LARGE, Boolean.TRUE)), body.length()));
        }
        return context.sendRequest().transform(ar -> {
            Upstream upstream = context.get(UPSTREAM, Upstream.class);
            if (ar.succeeded()) {
                if (upstream != null) {
                    upstream.circuit().onSuccess();
                }
                return Future.succeededFuture(ar.result());
            }
            return Future.succeededFuture(problem(context, upstream, ar.cause()));
        });
    }

    private ProxyResponse problem(ProxyContext context, Upstream upstream, Throwable failure) {
        HttpServerRequest inbound = context.request().proxiedRequest();
        String path = inbound.path();
        String requestId = inbound.getHeader(RequestId.HEADER);
        GatewayProblem problem;
        boolean closeConnection = false;
        if (Boolean.TRUE.equals(context.get(BODY_TOO_LARGE, Boolean.class))) {
            if (upstream != null) {
                upstream.circuit().release(); // the client's fault, not the upstream's
            }
            problem = problem(ProblemType.PAYLOAD_TOO_LARGE, "the request body exceeds the limit of "
                    + route.maxBodySize() + " bytes for route " + route.name(), path, requestId);
            closeConnection = true; // the rest of the body was never read
        } else if (failure instanceof NoUpstreamAvailable none) {
            meters.upstreamError(route, GatewayMeters.UpstreamError.UNAVAILABLE);
            problem = problem(ProblemType.UNAVAILABLE, none.refused
                    ? "no instance of route " + route.name() + " accepted the connection"
                    : "route " + route.name() + " is temporarily unavailable (circuit open); retry shortly", path, requestId);
        } else if (failure instanceof TimeoutException) {
            meters.upstreamError(route, GatewayMeters.UpstreamError.TIMEOUT);
            if (upstream != null) {
                upstream.circuit().onFailure();
            }
            problem = new GatewayProblem(504, GatewayProblem.UPSTREAM_TIMEOUT, "Upstream timeout",
                    "route " + route.name() + " did not answer within " + timeoutMillis + " ms", path, route.name(), requestId);
        } else if (inbound.response().closed() || failure instanceof StreamResetException) {
            // The client hung up, and the proxy reset the upstream request on its behalf: nothing wrong with
            // the upstream, so its circuit must not count it (clients that give up would otherwise open it).
            if (upstream != null) {
                upstream.circuit().release();
            }
            LOG.debugf("client left before upstream %s answered request %s", upstream, requestId);
            problem = problem(ProblemType.VALIDATION, "the client closed the connection", path, requestId);
        } else {
            if (upstream != null) {
                upstream.circuit().onFailure();
            }
            meters.upstreamError(route, GatewayMeters.UpstreamError.BAD_GATEWAY);
            LOG.warnf("upstream %s failed for request %s: %s", upstream, requestId, failure.toString());
            problem = new GatewayProblem(502, GatewayProblem.BAD_GATEWAY, "Bad gateway",
                    "route " + route.name() + " failed to answer", path, route.name(), requestId);
        }
        ProxyResponse response = context.request().response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(problem.body()));
        if (closeConnection) {
            response.putHeader("Connection", "close");
        }
        return response;
    }

    private GatewayProblem problem(ProblemType type, String detail, String path, String requestId) {
        return new GatewayProblem(type.status(), type.uri(), type.title(), detail, path, route.name(), requestId);
    }
}
