package org.chuanyu.gateway.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.chuanyu.gateway.routing.Route;
import org.chuanyu.gateway.routing.RouteTable;
import org.chuanyu.gateway.routing.Upstream;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * The merged document, fetched from the services' {@code /q/openapi?format=json} and kept for a short
 * while. A service that does not answer is left out (and named in the document) rather than failing
 * the whole page; one refresh runs at a time however many callers ask.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What {@code GET /openapi} serves: the document and the routes it lacks. */
    public record Merged(ObjectNode document, List<String> unavailableRoutes, long fetchedAtNanos) {
    }

    private final RouteTable routes;
    private final OpenApiConfig config;
    private final OpenApiMerger merger;
    private final Vertx vertx;
    private HttpClient client;
    private Merged cached;
    private Future<Merged> refreshing;

    MergedOpenApi(RouteTable routes, OpenApiConfig config, Vertx vertx) {
        this.routes = routes;
        this.config = config;
        this.vertx = vertx;
        ObjectNode info = MAPPER.createObjectNode()
                .put("title", config.title()).put("version", config.version()).put("description", config.description());
        info.putObject("contact").put("name", config.contactName());
        List<OpenApiMerger.SignInRealm> realms = new ArrayList<>();
        config.signInRealms().forEach((name, issuer) -> realms.add(new OpenApiMerger.SignInRealm(name, issuer)));
        this.merger = new OpenApiMerger(info, realms);
    }

    /** The merged document; runs on the caller's event loop. */
    public synchronized Future<Merged> get() {
        long now = System.nanoTime();
        if (cached != null && now - cached.fetchedAtNanos() < config.cacheTtl().toNanos()) {
            return Future.succeededFuture(cached);
        }
        if (refreshing == null) {
            refreshing = refresh().onComplete(ar -> {
                synchronized (this) {
                    refreshing = null;
                    if (ar.succeeded()) {
                        cached = ar.result();
                    }
                }
            });
        }
        return refreshing;
    }

    private Future<Merged> refresh() {
        if (client == null) {
            client = vertx.createHttpClient();
        }
        List<Route> sources = routes.routes().values().stream()
                .filter(route -> routes.config(route).openapi()).toList();
        List<Future<ObjectNode>> fetches = sources.stream().map(this::fetch).toList();
        return Future.join(new ArrayList<>(fetches)).transform(ignored -> {
            List<OpenApiMerger.Source> documents = new ArrayList<>();
            List<String> unavailable = new ArrayList<>();
            for (int i = 0; i < sources.size(); i++) {
                Future<ObjectNode> fetch = fetches.get(i);
                if (fetch.succeeded()) {
                    documents.add(new OpenApiMerger.Source(sources.get(i).name(), fetch.result()));
                } else {
                    LOG.warnf("OpenAPI of route %s unavailable: %s", sources.get(i).name(), fetch.cause().getMessage());
                    unavailable.add(sources.get(i).name());
                }
            }
            return Future.succeededFuture(new Merged(merger.merge(documents, unavailable), List.copyOf(unavailable),
                    System.nanoTime()));
        });
    }

    /** From the route's first upstream that answers. */
    private Future<ObjectNode> fetch(Route route) {
        return fetch(route.pool().all(), 0);
    }

    private Future<ObjectNode> fetch(List<Upstream> upstreams, int index) {
        Upstream upstream = upstreams.get(index);
        long timeout = config.fetchTimeout().toMillis();
        RequestOptions options = upstream.managementGet("/q/openapi?format=json", timeout);
        Future<ObjectNode> attempt = client.request(options).compose(req -> req.send()).compose(res -> {
            if (res.statusCode() != 200) {
                return Future.failedFuture("HTTP " + res.statusCode() + " from " + upstream);
            }
            return res.body().compose(body -> {
                Promise<ObjectNode> parsed = Promise.promise();
                try {
                    parsed.complete((ObjectNode) MAPPER.readTree(body.getBytes()));
                } catch (Exception e) {
                    parsed.fail(new IllegalStateException("unreadable OpenAPI from " + upstream, e));
                }
                return parsed.future();
            });
        });
        return index + 1 < upstreams.size() ? attempt.recover(e -> fetch(upstreams, index + 1)) : attempt;
    }
}
