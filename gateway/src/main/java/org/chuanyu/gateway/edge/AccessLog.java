package org.chuanyu.gateway.edge;

import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import org.chuanyu.jurisdiction.caller.Caller;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * One JSON line per request on the {@code gateway.access} category: who (the account, never the
 * token; a service account by its client), for which province, through which route, how it ended and
 * how long it took, and its trace. The path is logged without its query, which may carry personal identifiers.
 */
@ApplicationScoped
public class AccessLog {

    static final String CATEGORY = "gateway.access";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    void write(String method, Exchange exchange, int status) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        Caller caller = exchange.caller();
        JsonObject line = new JsonObject()
                .put("time", Instant.now().toString())
                .put("type", "access")
                .put("method", method)
                .put("path", exchange.path())
                .put("route", exchange.routeName() == null ? "gateway" : exchange.routeName())
                .put("status", status)
                .put("durationMs", (System.nanoTime() - exchange.startNanos()) / 1_000_000.0)
                .put("client", caller == null ? null : clientOf(caller))
                .put("province", caller == null ? null : caller.province().realm())
                .put("address", exchange.clientAddress())
                .put("requestId", exchange.requestId());
        if (exchange.trace().isValid()) {
            // Written here as well as in the log context: the end handler may run outside the request's context.
            line.put("traceId", exchange.trace().getTraceId()).put("spanId", exchange.trace().getSpanId());
        }
        LOG.info(line.encode());
    }

    /** The account that acted: a person's user name, or the system's client id. */
    static String clientOf(Caller caller) {
        return caller.isSystem() ? caller.clientId() : caller.username();
    }
}
