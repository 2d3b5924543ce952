package org.chuanyu.gateway.console;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.chuanyu.gateway.openapi.OpenApiConfig;
import org.jboss.logging.Logger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the console from its built files at {@code /console/} (same origin as the API, so no CORS): the hashed files
 * under {@code assets/} for a year, everything else revalidated each time, any path without a file of its own answered
 * with {@code index.html} (the console's router reads deep links such as {@code /console/cases/CY-51-2026-00000001}),
 * and every answer with the console's Content-Security-Policy. {@code /console/config.json} tells the console where
 * each province signs in, so one build serves every environment.
 */
@ApplicationScoped
public class ConsoleRoutes {

    private static final Logger LOG = Logger.getLogger(ConsoleRoutes.class);
    static final String BASE = "/console";
    private static final String INDEX = "index.html";
    private static final String ASSETS = "assets/";
    private static final String NO_CACHE = "no-cache";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("mjs", "text/javascript; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
            Map.entry("ttf", "font/ttf"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final Optional<Path> root;
    private final String policy;
    private final String assetCache;
    private final JsonObject config;

    ConsoleRoutes(ConsoleConfig console, OpenApiConfig openApi) {
        this.root = console.dir().map(d -> Path.of(d).toAbsolutePath().normalize());
        this.policy = ConsolePolicy.contentSecurityPolicy(openApi.signInRealms().values());
        this.assetCache = "public, max-age=" + console.assetMaxAge().toSeconds() + ", immutable";
        JsonArray realms = new JsonArray();
        openApi.signInRealms().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> realms.add(new JsonObject().put("name", e.getKey()).put("issuer", e.getValue())));
        this.config = new JsonObject().put("clientId", console.clientId()).put("realms", realms);
    }

    void install(@Observes Router router) {
        if (root.isEmpty()) {
            return;
        }
        if (!Files.isRegularFile(root.get().resolve(INDEX))) {
            LOG.warnf("gateway.console.dir %s holds no %s: the console is not served (build it: ./platform up)",
                    root.get(), INDEX);
            return;
        }
        router.route(HttpMethod.GET, BASE + "/config.json").handler(ctx -> {
            headers(ctx.response(), NO_CACHE);
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, TYPES.get("json")).end(config.encode());
        });
        router.route(BASE + "/*").handler(this::serve);
        LOG.infof("serving the console from %s at %s/", root.get(), BASE);
    }

    private void serve(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (method != HttpMethod.GET && method != HttpMethod.HEAD) {
            ctx.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, "GET, HEAD").end();
            return;
        }
        if (ctx.normalizedPath().equals(BASE)) {
            // Relative asset paths resolve against /console/, not /: the bare base moves there first.
            ctx.redirect(BASE + "/");
            return;
        }
        String relative = ctx.normalizedPath().substring(BASE.length()).replaceFirst("^/+", "");
        Path file = root.get().resolve(relative.isEmpty() ? INDEX : relative).normalize();
        if (!file.startsWith(root.get())) {
            notFound(ctx);
            return;
        }
        ctx.vertx().fileSystem().props(file.toString()).onComplete(props -> {
            if (props.succeeded() && props.result().isRegularFile()) {
                send(ctx, file, relative.startsWith(ASSETS) ? assetCache : NO_CACHE);
            } else if (!looksLikeAFile(relative)) {
                // A route of the console's own (a deep link, even one naming a project code with a dot): the console.
                send(ctx, root.get().resolve(INDEX), NO_CACHE);
            } else {
                notFound(ctx);
            }
        });
    }

    private void send(RoutingContext ctx, Path file, String cache) {
        HttpServerResponse response = ctx.response();
        headers(response, cache);
        response.putHeader(HttpHeaders.CONTENT_TYPE, type(file.getFileName().toString()));
        if (ctx.request().method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.sendFile(file.toString());
        }
    }

    private void notFound(RoutingContext ctx) {
        headers(ctx.response(), NO_CACHE);
        ctx.response().setStatusCode(404).putHeader(HttpHeaders.CONTENT_TYPE, TYPES.get("txt")).end("not found\n");
    }

    private void headers(HttpServerResponse response, String cache) {
        response.putHeader("Content-Security-Policy", policy).putHeader(HttpHeaders.CACHE_CONTROL, cache);
    }

    /**
     * A missing path is a missing file (404) when it is under {@code assets/} or ends in an extension the console's
     * files have; anything else is one of its routes, whose identifiers may hold dots ({@code /projects/gaozhu-new-area.
     * gaozhu-auto-parts}).
     */
    static boolean looksLikeAFile(String relative) {
        String last = relative.substring(relative.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return relative.startsWith(ASSETS) || (dot >= 0 && TYPES.containsKey(last.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    static String type(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
