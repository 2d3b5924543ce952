package org.chuanyu.gateway.status;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.chuanyu.gateway.edge.EdgeAuthentication;
import org.chuanyu.gateway.edge.Exchange;
import org.chuanyu.gateway.edge.GatewayProblem;
import org.chuanyu.gateway.limits.UnauthenticatedLimit;
import org.chuanyu.gateway.routing.GatewayConfig;
import org.chuanyu.gateway.routing.Route;
import org.chuanyu.gateway.routing.RouteTable;
import org.chuanyu.gateway.routing.Upstream;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.problem.ProblemType;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /status}: every upstream by route name and index, with its readiness ({@code /q/health/ready},
 * asked now) and its circuit. For administrators of either province only; addresses are never shown,
 * so the page tells an operator what is wrong without mapping the network for anyone else.
 */
@ApplicationScoped
public class StatusEndpoint {

    private final RouteTable routes;
    private final UnauthenticatedLimit unauthenticated;
    private final long probeTimeoutMillis;
    private HttpClient client;

    StatusEndpoint(RouteTable routes, UnauthenticatedLimit unauthenticated, GatewayConfig config) {
        this.routes = routes;
        this.unauthenticated = unauthenticated;
        this.probeTimeoutMillis = config.status().probeTimeout().toMillis();
    }

    void install(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient();
        router.get("/status").handler(this::status);
    }

    private void status(RoutingContext ctx) {
        Exchange exchange = Exchange.of(ctx);
        EdgeAuthentication.authenticate(ctx, found -> {
            if (found.isEmpty()) {
                if (unauthenticated.admit(exchange, ctx.response())) {
                    ctx.response().putHeader("WWW-Authenticate", "Bearer");
                    GatewayProblem.of(ProblemType.UNAUTHENTICATED, "a valid bearer token is required", exchange)
                            .send(ctx.response());
                }
                return;
            }
            Caller caller = found.get();
            exchange.caller(caller);
            if (!caller.isReferenceDataAdmin()) {
                GatewayProblem.of(ProblemType.FORBIDDEN, "the status page is for province-admin and "
                        + "cross-province-admin accounts", exchange).send(ctx.response());
                return;
            }
            report().onComplete(ar -> ctx.response().putHeader("Content-Type", "application/json")
                    .end(ar.result().encode()));
        });
    }

    private Future<JsonObject> report() {
        List<Future<JsonObject>> probes = new ArrayList<>();
        for (Route route : routes.routes().values()) {
            for (Upstream upstream : route.pool().all()) {
                probes.add(probe(upstream));
            }
        }
        return Future.join(probes).transform(ignored -> {
            JsonObject byRoute = new JsonObject();
            for (Future<JsonObject> probe : probes) {
                JsonObject entry = probe.result();
                String route = (String) entry.remove("route");
                JsonObject r = byRoute.getJsonObject(route);
                if (r == null) {
                    r = new JsonObject().put("upstreams", new JsonArray());
                    byRoute.put(route, r);
                }
                r.getJsonArray("upstreams").add(entry);
            }
            return Future.succeededFuture(new JsonObject().put("routes", byRoute));
        });
    }

    private Future<JsonObject> probe(Upstream upstream) {
        RequestOptions options = upstream.managementGet("/q/health/ready", probeTimeoutMillis);
        return client.request(options)
                .compose(req -> req.send().compose(res -> res.body().map(b -> res.statusCode())))
                .transform(ar -> Future.succeededFuture(new JsonObject()
                        .put("route", upstream.route())
                        .put("index", upstream.index())
                        .put("health", ar.succeeded() && ar.result() == 200 ? "UP" : "DOWN")
                        .put("circuit", upstream.circuit().state().name())));
    }
}
