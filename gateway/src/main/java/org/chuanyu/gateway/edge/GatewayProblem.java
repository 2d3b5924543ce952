package org.chuanyu.gateway.edge;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import org.chuanyu.jurisdiction.problem.Problem;
import org.chuanyu.jurisdiction.problem.ProblemType;

/**
 * An RFC 9457 problem answered by the gateway itself, with the platform's problem types plus the
 * route it concerns and the request id to quote. It never names an upstream's address.
 *
 * @param route    the route name, or null for the gateway's own endpoints
 * @param instance the request path (without query: queries may carry personal identifiers)
 */
public record GatewayProblem(int status, String type, String title, String detail, String instance,
                             String route, String requestId) {

    /** 504 has no platform-wide type: only the gateway waits on another server. */
    public static final String UPSTREAM_TIMEOUT = ProblemType.BASE + "upstream-timeout";
    public static final String BAD_GATEWAY = ProblemType.BASE + "bad-gateway";

    public static GatewayProblem of(ProblemType type, String detail, Exchange exchange) {
        return new GatewayProblem(type.status(), type.uri(), type.title(), detail, exchange.path(),
                exchange.routeName(), exchange.requestId());
    }

    public Buffer body() {
        JsonObject json = new JsonObject()
                .put("type", type).put("title", title).put("status", status).put("detail", detail)
                .put("instance", instance).put("requestId", requestId);
        if (route != null) {
            json.put("route", route);
        }
        return json.toBuffer();
    }

    /** Ends the response with this problem (the request id and security headers come from {@link EdgeFilter}). */
    public void send(HttpServerResponse response) {
        if (response.ended() || response.headWritten()) {
            response.reset();
            return;
        }
        response.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body());
    }
}
