package org.chuanyu.gateway.console;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The console's Content-Security-Policy, from the realms it signs in at: scripts only from the gateway (no inline
 * script, no eval), calls to the gateway and to Keycloak's token endpoints, Keycloak in a frame for silent renewal,
 * and no framing of the console itself. Styles allow inline attributes: Element Plus sets its sizes and positions
 * through style attributes, which carry no script.
 */
public final class ConsolePolicy {

    private ConsolePolicy() {
    }

    public static String contentSecurityPolicy(Collection<String> issuers) {
        String keycloak = String.join(" ", origins(issuers));
        String sep = keycloak.isEmpty() ? "" : " ";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'self'" + sep + keycloak + "; frame-src" + (keycloak.isEmpty()
                ? " 'none'" : sep + keycloak) + "; frame-ancestors 'none'; base-uri 'self'; form-action 'self'"
                + sep + keycloak + "; object-src 'none'";
    }

    /** The origins (scheme, host, port) of the issuers, each once, in the order given. */
    static Set<String> origins(Collection<String> issuers) {
        Set<String> origins = new LinkedHashSet<>();
        for (String issuer : issuers) {
            URI uri = URI.create(issuer);
            origins.add(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        }
        return origins;
    }
}
