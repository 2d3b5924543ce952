package org.chuanyu.jurisdiction.http;

import org.jboss.logging.MDC;

import java.util.regex.Pattern;

/**
 * The id every request carries from the edge to the last log line: the gateway keeps a well-formed
 * {@code X-Request-Id} or assigns one, each service puts it into its log context, problem details and answer.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    /** The log-context key under which a request's id is kept while it is handled. */
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestId() {
    }

    /** Whether a client's id may be kept: short, printable, no separators a log or header could be split at. */
    public static boolean isWellFormed(String id) {
        return WELL_FORMED.matcher(id).matches();
    }

    /** The current request's id, or null outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
