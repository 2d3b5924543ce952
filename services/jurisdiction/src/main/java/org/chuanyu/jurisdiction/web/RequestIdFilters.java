package org.chuanyu.jurisdiction.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.chuanyu.jurisdiction.http.RequestId;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.UUID;

/**
 * Every request has an id ({@link RequestId}): a well-formed {@code X-Request-Id} from the gateway is kept, anything
 * else is replaced. It goes into the log context, problem details and the response header.
 */
public class RequestIdFilters {

    static final String PROPERTY = RequestIdFilters.class.getName();

    @ServerRequestFilter(preMatching = true)
    public void assign(ContainerRequestContext request) {
        String given = request.getHeaderString(RequestId.HEADER);
        String id = given != null && RequestId.isWellFormed(given) ? given : UUID.randomUUID().toString();
        request.setProperty(PROPERTY, id);
        MDC.put(RequestId.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(RequestId.HEADER, id);
        }
        MDC.remove(RequestId.MDC_KEY);
    }
}
