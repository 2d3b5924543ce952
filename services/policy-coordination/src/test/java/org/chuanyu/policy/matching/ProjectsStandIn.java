package org.chuanyu.policy.matching;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the projects API (not OIDC, not the database): serves fixture projects in the
 * shapes the adapter must tolerate, 404 for a project the caller may not see, and drops the
 * connection for "p-down". It remembers the last Authorization header, to check the caller's token
 * is what was forwarded.
 */
public class ProjectsStandIn implements QuarkusTestResourceLifecycleManager {

    static volatile String lastAuthorization;

    static final Map<String, String> PROJECTS = Map.of(
            "p-rongchang", "{\"id\":\"p-rongchang\",\"industries\":[\"electronics\"],\"parkCode\":\"rongchang-hightech\","
                    + "\"scope\":{\"province\":\"chongqing\",\"district\":\"500153\"},\"stage\":\"IN_PRODUCTION\",\"plannedInvestment\":80000000}",
            "p-gaozhu", "{\"id\":\"p-gaozhu\",\"industry\":\"automotive\",\"park\":{\"code\":\"gaozhu-new-area\"},"
                    + "\"district\":\"511623\",\"zone\":\"gaozhu\",\"stage\":\"SIGNED\",\"plannedInvestment\":{\"amount\":\"30000000\",\"currency\":\"CNY\"}}");

    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(request -> {
            lastAuthorization = request.getHeader("Authorization");
            String id = request.path().substring(request.path().lastIndexOf('/') + 1);
            if (id.equals("p-down")) {
                request.connection().close();
                return;
            }
            if (lastAuthorization == null || !lastAuthorization.startsWith("Bearer ")) {
                request.response().setStatusCode(401).end();
                return;
            }
            String body = PROJECTS.get(id);
            if (body == null) {
                request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                        .end("{\"status\":404,\"title\":\"Not found\"}");
                return;
            }
            request.response().putHeader("Content-Type", "application/json").end(body);
        });
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the projects stand-in did not start", e);
        }
        return Map.of("projects.url", "http://127.0.0.1:" + server.actualPort());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
