package org.chuanyu.gateway.edge;

import io.opentelemetry.api.trace.SpanContext;
import io.vertx.ext.web.RoutingContext;
import org.chuanyu.gateway.limits.RateDecision;
import org.chuanyu.jurisdiction.caller.Caller;

/**
 * What the gateway knows about one request, from the edge filter to the access log: its id, the
 * client's address, its trace, the route that took it, the verified caller and the rate-limit decision.
 */
public final class Exchange {

    private static final String KEY = Exchange.class.getName();

    private final String requestId;
    private final String path;
    private final String clientAddress;
    private final boolean secure;
    private final SpanContext trace;
    private final long startNanos = System.nanoTime();
    private String routeName;
    private Caller caller;
    private RateDecision rateDecision;

    Exchange(String requestId, String path, String clientAddress, boolean secure, SpanContext trace) {
        this.requestId = requestId;
        this.trace = trace;
        this.path = path;
        this.clientAddress = clientAddress;
        this.secure = secure;
    }

    void attach(RoutingContext ctx) {
        ctx.put(KEY, this);
    }

    public static Exchange of(RoutingContext ctx) {
        Exchange exchange = ctx.get(KEY);
        if (exchange == null) {
            throw new IllegalStateException("the edge filter did not run for " + ctx.request().path());
        }
        return exchange;
    }

    public String requestId() { return requestId; }

    public String path() { return path; }

    /** The client's address: the direct peer, or the forwarded client when the peer is a trusted proxy. */
    public String clientAddress() { return clientAddress; }

    /** The request reached the edge over TLS (directly, or as a trusted proxy says). */
    public boolean secure() { return secure; }

    long startNanos() { return startNanos; }

    /** The gateway's server span: its trace id is the one every service logs for this request. */
    SpanContext trace() { return trace; }

    public String routeName() { return routeName; }

    public void routeName(String name) { this.routeName = name; }

    public Caller caller() { return caller; }

    public void caller(Caller caller) { this.caller = caller; }

    public RateDecision rateDecision() { return rateDecision; }

    public void rateDecision(RateDecision decision) { this.rateDecision = decision; }
}
