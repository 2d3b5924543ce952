package org.chuanyu.gateway.edge;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which browser origins may call the API: the consoles listed in {@code quarkus.http.cors.origins}, and the gateway's
 * own origin (Swagger UI). Quarkus' CORS filter refuses any other origin with a bare 403; the edge refuses it first,
 * with a problem, so that a browser's developer and a client's log both read why.
 */
final class AllowedOrigins {

    private final Set<String> origins;

    AllowedOrigins(List<String> origins) {
        this.origins = origins.stream().map(String::strip).collect(Collectors.toSet());
    }

    /**
     * An {@code Origin} header the CORS filter lets through, for a request to {@code scheme://authority}: exactly
     * as configured (browsers send origins in lower case, and so are they configured), or the request's own.
     */
    boolean allows(String origin, String scheme, String authority) {
        String o = origin.strip();
        return origins.contains(o) || (authority != null && o.equals(scheme + "://" + authority));
    }
}
