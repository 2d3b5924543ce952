package org.chuanyu.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.chuanyu.gateway.edge.EdgeAuthentication;
import org.chuanyu.gateway.edge.TokenRejections;
import org.chuanyu.gateway.edge.Exchange;
import org.chuanyu.gateway.edge.GatewayProblem;
import org.chuanyu.gateway.limits.RateDecision;
import org.chuanyu.gateway.limits.UnauthenticatedLimit;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.problem.ProblemType;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Installs one streaming reverse proxy per configured route. Paths are forwarded unchanged: each
 * service serves its own {@code /api/...} paths. Before anything is forwarded, in this order: a valid
 * token (401), the caller's rate limit (429), a declared body within the limit (413).
 */
@ApplicationScoped
public class RouteTable {

    private static final Logger LOG = Logger.getLogger(RouteTable.class);
    /** After the routes: any other /api path is answered here rather than by the default HTML page. */
    private static final int UNKNOWN_API_ORDER = 10_000;
    /** The request context's local that Quarkus' HTTP server meters take their {@code uri} tag from. */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private final Map<String, Route> routes = new TreeMap<>();
    private final GatewayConfig config;
    private final UnauthenticatedLimit unauthenticated;
    private final GatewayMeters meters;

    RouteTable(GatewayConfig config, UnauthenticatedLimit unauthenticated, GatewayMeters meters) {
        this.config = config;
        this.unauthenticated = unauthenticated;
        this.meters = meters;
        config.routes().forEach((name, route) -> routes.put(name, Route.of(name, route)));
    }

    /** Routes by name, in name order (the order the merged OpenAPI takes them in). */
    public Map<String, Route> routes() {
        return routes;
    }

    /** The configuration a route was built from. */
    public GatewayConfig.Route config(Route route) {
        return config.routes().get(route.name());
    }

    void install(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.upstreamConnections()));
        routes.values().forEach(route -> {
            meters.watch(route);
            UpstreamForwarding forwarding = new UpstreamForwarding(route, client, meters);
            HttpProxy proxy = HttpProxy.reverseProxy(client).origin(forwarding).addInterceptor(forwarding);
            for (String prefix : route.prefixes()) {
                String base = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
                String template = base + "/**";
                router.route(base).handler(ctx -> admit(ctx, route, proxy, template));
                router.route(base + "/*").handler(ctx -> admit(ctx, route, proxy, template));
                LOG.infof("route %s: %s -> %d upstream(s)", route.name(), base, route.pool().all().size());
            }
        });
        vertx.setPeriodic(config.idleBucketSweep().toMillis(), id -> {
            routes.values().forEach(route -> route.rateLimiter().forgetIdle());
            unauthenticated.limiter().forgetIdle();
        });
        router.route("/api/*").order(UNKNOWN_API_ORDER).handler(ctx -> {
            tagMetersWith("/api/**");
            GatewayProblem.of(ProblemType.NOT_FOUND,
                "no route serves " + ctx.request().path(), Exchange.of(ctx)).send(ctx.response());
        });
    }

    private void admit(RoutingContext ctx, Route route, HttpProxy proxy, String template) {
        // The HTTP meters' uri tag: the route's prefix, never the raw path. Raw paths carry case numbers
        // and park codes, which no meter may reveal, and every new one would add series without end.
        tagMetersWith(template);
        Exchange exchange = Exchange.of(ctx);
        exchange.routeName(route.name());
        EdgeAuthentication.authenticate(ctx, caller -> {
            if (caller.isEmpty()) {
                meters.rejected(TokenRejections.classify(ctx.request().getHeader("Authorization"), Instant.now()));
                if (unauthenticated.admit(exchange, ctx.response())) {
                    ctx.response().putHeader("WWW-Authenticate", "Bearer");
                    GatewayProblem.of(ProblemType.UNAUTHENTICATED, "a valid bearer token from the sichuan or "
                            + "chongqing realm, for audience cooperation-api, is required", exchange).send(ctx.response());
                }
                return;
            }
            forward(ctx, exchange, caller.get(), route, proxy);
        });
    }

    private void forward(RoutingContext ctx, Exchange exchange, Caller caller, Route route, HttpProxy proxy) {
        exchange.caller(caller);
        RateDecision decision = route.rateLimiter().take(rateKey(caller));
        exchange.rateDecision(decision);
        if (!decision.allowed()) {
            GatewayProblem.of(ProblemType.TOO_MANY_REQUESTS, "rate limit of route " + route.name() + " reached; retry after "
                    + decision.retryAfterSeconds() + " s", exchange).send(ctx.response());
            return;
        }
        HttpServerRequest request = ctx.request();
        if (declaredLength(request) > route.maxBodySize()) {
            ctx.response().putHeader("Connection", "close");
            GatewayProblem.of(ProblemType.PAYLOAD_TOO_LARGE, "the request body exceeds the limit of "
                    + route.maxBodySize() + " bytes for route " + route.name(), exchange).send(ctx.response());
            return;
        }
        proxy.handle(request);
    }

    private static void tagMetersWith(String template) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(URL_PATH_TEMPLATE, template);
        }
    }

    /** A person is limited by subject; an external system by its client, whichever user acts for it. */
    private static String rateKey(Caller caller) {
        return caller.isSystem()
                ? "client:" + caller.province().realm() + "/" + caller.clientId()
                : "subject:" + caller.province().realm() + "/" + caller.subject();
    }

    private static long declaredLength(HttpServerRequest request) {
        String value = request.getHeader("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // unreadable: refuse rather than guess
        }
    }
}
