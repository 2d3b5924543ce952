package org.chuanyu.jurisdiction.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.chuanyu.jurisdiction.caller.Caller;
import org.chuanyu.jurisdiction.scope.CurrentScope;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Locale;

/**
 * One line per API request on the {@code platform.requests} category, written while the request's log
 * context still holds its request id, caller and trace (OpenTelemetry puts {@code traceId} and
 * {@code spanId} there): the line an operator finds from the gateway's access line of the same request.
 * The query is left out, as it may carry personal identifiers. The relay's reads of the event feeds, several a
 * second while nothing happens, are written at DEBUG when they succeed.
 */
public class RequestLog {

    public static final String CATEGORY = "platform.requests";
    private static final Logger LOG = Logger.getLogger(CATEGORY);
    private static final String STARTED = RequestLog.class.getName() + ".started";

    @Inject
    CurrentScope scope;

    @ServerRequestFilter(preMatching = true)
    public void start(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    /** Runs before {@link RequestIdFilters#echo}, which clears the request id from the log context. */
    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void write(ContainerRequestContext request, ContainerResponseContext response) {
        if (!LOG.isInfoEnabled() || !(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        boolean routine = response.getStatus() < 400 && scope.caller().map(Caller::isRelay).orElse(false);
        if (routine && !LOG.isDebugEnabled()) {
            return;
        }
        double millis = (System.nanoTime() - started) / 1_000_000.0;
        LOG.logf(routine ? Logger.Level.DEBUG : Logger.Level.INFO, "%s %s %d %s ms", request.getMethod(),
                request.getUriInfo().getPath(), response.getStatus(), String.format(Locale.ROOT, "%.1f", millis));
    }
}
