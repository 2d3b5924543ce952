package org.chuanyu.gateway.routing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server standing in for the services: it answers with what it received, and the
 * name of the route it plays, so tests can see exactly what the gateway forwarded.
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        try {
            server = vertx.createHttpServer().requestHandler(req -> req.body().onSuccess(body -> {
                JsonObject echo = new JsonObject()
                        .put("method", req.method().name())
                        .put("uri", req.uri())
                        .put("authorization", req.getHeader("Authorization"))
                        .put("body", body.toString());
                req.response().putHeader("Content-Type", "application/json").end(echo.encode());
            })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String url = "http://127.0.0.1:" + server.actualPort();
        return Map.of(
                "gateway.routes.parks.upstream", url,
                "gateway.routes.projects.upstream", url,
                "gateway.routes.policies.upstream", url,
                "gateway.routes.common-handling.upstream", url);
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
