package org.chuanyu.gateway.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts the upstreams every gateway test talks to, on random ports, and points the test routes of
 * application.properties ({@code %test}) at them. Tests reach an upstream by name: {@link #get}.
 */
public class TestUpstreams implements QuarkusTestResourceLifecycleManager {

    private static final Map<String, TestUpstream> RUNNING = new ConcurrentHashMap<>();
    /** How long the slow upstream keeps a caller waiting: far longer than its route's timeout. */
    public static final Duration SLOW = Duration.ofSeconds(5);
    /** How long the patient upstream takes: within its route's timeout, longer than an impatient client waits. */
    public static final Duration PATIENT = Duration.ofSeconds(1);

    private Vertx vertx;

    public static TestUpstream get(String name) {
        TestUpstream upstream = RUNNING.get(name);
        if (upstream == null) {
            throw new IllegalStateException("no test upstream " + name + " (running: " + RUNNING.keySet() + ")");
        }
        return upstream;
    }

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String route : new String[]{"parks", "projects", "policies", "common-handling", "notifications"}) {
            // A stand-in serves its /q/... on its one port, as its own management interface.
            String url = start(route, Duration.ZERO, fixture(route)).url();
            config.put("gateway.routes." + route + ".upstreams", url);
            config.put("gateway.routes." + route + ".management-upstreams", url);
        }
        config.put("gateway.routes.pair.upstreams",
                start("pair-a", Duration.ZERO, null).url() + "," + start("pair-b", Duration.ZERO, null).url());
        config.put("gateway.routes.flaky.upstreams", start("flaky", Duration.ZERO, null).url());
        config.put("gateway.routes.slow.upstreams", start("slow", SLOW, null).url());
        config.put("gateway.routes.patient.upstreams", start("patient", PATIENT, null).url());
        config.put("gateway.routes.limited.upstreams", start("limited", Duration.ZERO, null).url());
        config.put("gateway.routes.small.upstreams", start("small", Duration.ZERO, null).url());
        config.put("gateway.routes.gone.upstreams", "http://127.0.0.1:" + closedPort());
        return config;
    }

    private TestUpstream start(String name, Duration delay, String openApi) {
        TestUpstream upstream = new TestUpstream(vertx, name, delay, openApi);
        upstream.start();
        RUNNING.put(name, upstream);
        return upstream;
    }

    private static String fixture(String route) {
        try (InputStream in = TestUpstreams.class.getResourceAsStream("/openapi-fixtures/" + route + ".json")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A port nothing listens on: a service that is down for the whole test run. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        RUNNING.clear();
        if (vertx != null) {
            vertx.close();
        }
    }
}
