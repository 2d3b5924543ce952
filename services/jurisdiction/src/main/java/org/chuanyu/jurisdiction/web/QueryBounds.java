package org.chuanyu.jurisdiction.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.chuanyu.jurisdiction.problem.ProblemException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * Every query parameter a client sends is bounded (docs/security.md, finding 2): at most {@link #MAX_LENGTH} characters
 * a value and {@link #MAX_VALUES} values a name, for every endpoint of every service, before any resource runs; the
 * document says so on every string query parameter that declares no tighter bound ({@link RequestBoundsInTheDocument}).
 * The longest legitimate values (a keyset cursor, free text, a document number) are far shorter.
 */
public class QueryBounds {

    public static final int MAX_LENGTH = 500;
    public static final int MAX_VALUES = 20;

    @ServerRequestFilter
    public void check(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getValue().size() > MAX_VALUES) {
                throw ProblemException.invalid(parameter.getKey(), "may be given at most " + MAX_VALUES + " times");
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.length() > MAX_LENGTH) {
                    throw ProblemException.invalid(parameter.getKey(), "must be at most " + MAX_LENGTH + " characters");
                }
            }
        }
    }
}
